package org.iamrefiner.cli;

import org.iamrefiner.catalog.CatalogLoader;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the tool's version and the bundled catalog's. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {
            "iam-refiner " + (version == null ? "(development build)" : version),
            "bundled catalog: " + CatalogLoader.bundled().version()
        };
    }
}

package org.iamrefiner.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.iamrefiner.input.InputException;

/** Reads a folder of organisation rule files ({@code *.drl}, in file-name order). */
final class OrganisationRules {

    private OrganisationRules() {
    }

    static List<RuleSource> read(Path folder) throws InputException {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder.toString(), null,
                    Files.exists(folder) ? "expected a folder of .drl rule files" : "no such folder");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(path -> path.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(folder.toString(), null, "cannot list the folder: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new InputException(folder.toString(), null, "the folder holds no .drl rule file");
        }
        List<RuleSource> sources = new ArrayList<>();
        for (Path file : files) {
            try {
                sources.add(new RuleSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new InputException(file.toString(), null, "cannot read the rule file: " + e.getMessage());
            }
        }
        return sources;
    }
}

package org.iamrefiner.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.input.InputException;
import org.iamrefiner.policy.PolicyReader;
import org.iamrefiner.report.BatchItem.Attachment;
import org.iamrefiner.report.BatchPrincipal;

/**
 * The plain layout for hand-made input: {@code DIR/<principal>/finding.json} and
 * {@code DIR/<principal>/policies/*.json}, one folder per role or user. The input does not say
 * how a policy is attached, so the remediation script only points at the recommendation.
 */
final class PlainLayoutSource implements PrincipalSource {

    static final String FINDING = "finding.json";
    static final String POLICIES = "policies";

    private final Path root;
    private final List<String> folders;

    private PlainLayoutSource(Path root, List<String> folders) {
        this.root = root;
        this.folders = folders;
    }

    /**
     * @param root    the folder holding one folder per principal
     * @param exclude a folder not to take for a principal (the output, when it is inside the input)
     * @throws InputException when the folder does not exist or cannot be listed
     */
    static PlainLayoutSource of(Path root, Path exclude) throws InputException {
        if (!Files.isDirectory(root)) {
            throw new InputException(root.toString(), null, Files.exists(root) ? "is a file, not a folder" : "no such folder");
        }
        Path excluded = exclude.toAbsolutePath().normalize();
        try (Stream<Path> children = Files.list(root)) {
            List<String> folders = children.filter(Files::isDirectory)
                    .filter(child -> !child.getFileName().toString().startsWith("."))
                    .filter(child -> !child.toAbsolutePath().normalize().equals(excluded))
                    .map(child -> child.getFileName().toString())
                    .sorted()
                    .toList();
            return new PlainLayoutSource(root, folders);
        } catch (IOException e) {
            throw new InputException(root.toString(), null, "cannot be listed: " + e.getMessage());
        }
    }

    @Override
    public long count() {
        return folders.size();
    }

    @Override
    public void forEach(Sink sink) throws InterruptedException {
        long sequence = 0;
        for (String name : folders) {
            sink.accept(new PrincipalEntry(sequence++, "principal/" + name, () -> read(name)));
        }
    }

    private Principal read(String name) throws InputException {
        Path folder = root.resolve(name);
        List<PolicyReference> policies = new ArrayList<>();
        for (Path file : policyFiles(folder.resolve(POLICIES))) {
            policies.add(new PolicyReference(file.getFileName().toString(), Attachment.FILE, null, 1,
                    () -> PolicyReader.read(file)));
        }
        Path finding = folder.resolve(FINDING);
        return new Principal(new BatchPrincipal("principal", name, null), policies,
                () -> Files.exists(finding) ? FindingReader.read(finding) : null);
    }

    private static List<Path> policyFiles(Path folder) throws InputException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException(folder.toString(), null, "cannot be listed: " + e.getMessage());
        }
    }

    @Override
    public String description() {
        return root + " (one folder per principal)";
    }

    @Override
    public List<String> notes() {
        return List.of();
    }
}

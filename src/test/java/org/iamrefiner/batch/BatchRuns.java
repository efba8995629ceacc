package org.iamrefiner.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.cli.Main;

/** Runs the command line as a user does, and writes the small catalog the batch tests use. */
final class BatchRuns {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The services the generated accounts use, plus those their NotAction statements name. */
    private static final Set<String> SERVICES = Set.of("s3", "dynamodb", "lambda", "logs", "sqs", "ec2",
            "cloudformation", "iam", "kms", "sns", "organizations", "cloudtrail", "config", "account");

    record Run(int code, String out, String err) {
    }

    private BatchRuns() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * The bundled catalog cut down to the services the tests use, as a file of service:Action
     * lines: the same refinements, in a fraction of the time.
     */
    static Path smallCatalog(Path folder) throws IOException {
        Catalog bundled = CatalogLoader.bundled();
        List<String> lines = bundled.all().stream()
                .filter(action -> SERVICES.contains(action.service()))
                .map(CatalogAction::fullName)
                .collect(Collectors.toList());
        Path file = folder.resolve("test-catalog.txt");
        Files.write(file, lines);
        return file;
    }

    static JsonNode readJson(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }
}

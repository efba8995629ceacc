package org.iamrefiner.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iamrefiner.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderLinesFormatTest {

    @TempDir
    Path dir;

    @Test
    void loadsThePublished2024Catalog() throws Exception {
        Path file = CatalogLoaderBundledTest.resource("/blog-example/catalog-2024-08-31-s3-lambda.txt");
        long lines = Files.readAllLines(file).stream().filter(line -> !line.isBlank()).count();

        Catalog catalog = CatalogLoader.load(file);

        assertThat(catalog.size()).isEqualTo(lines);
        assertThat(catalog.services()).containsExactly("lambda", "s3");
        assertThat(catalog.version()).isEqualTo("catalog-2024-08-31-s3-lambda.txt");
        assertThat(catalog.source()).isEqualTo(file.toString());
        assertThat(catalog.find("s3:getbucketacl")).map(CatalogAction::fullName).hasValue("s3:GetBucketAcl");
        assertThat(catalog.find("s3:GetBucketAcl")).map(CatalogAction::accessLevel).hasValue("");
    }

    @Test
    void takesTheVersionFromAVersionComment() throws Exception {
        Catalog catalog = CatalogLoader.load(write("""
                # my own catalog
                # version: team list 2025-01
                s3:GetObject
                """));

        assertThat(catalog.version()).isEqualTo("team list 2025-01");
    }

    @Test
    void skipsCommentsBlankLinesIndentationAndAByteOrderMark() throws Exception {
        Catalog catalog = CatalogLoader.load(write("\uFEFFs3:GetObject\n\n  # a comment\n\tlambda:InvokeFunction  \r\n"));

        assertThat(catalog.all()).extracting(CatalogAction::fullName)
                .containsExactly("lambda:InvokeFunction", "s3:GetObject");
    }

    @Test
    void keepsTheFirstOfNamesThatDifferOnlyInCase() throws Exception {
        Catalog catalog = CatalogLoader.load(write("S3:GetObject\ns3:getobject\napigateway:GET\n"));

        assertThat(catalog.all()).extracting(CatalogAction::fullName).containsExactly("apigateway:GET", "s3:GetObject");
    }

    @Test
    void namesTheLineWithoutAServicePrefix() throws Exception {
        InputException error = loadFailing("s3:GetObject\n# fine\nGetObjectAcl\n");

        assertThat(error.location()).isEqualTo("line 3");
        assertThat(error.problem()).contains("GetObjectAcl").contains("service prefix");
    }

    @Test
    void namesLineAndColumnOfAnEmptyActionName() throws Exception {
        InputException error = loadFailing("s3:GetObject\n  s3:\n");

        assertThat(error.location()).isEqualTo("line 2, column 6");
        assertThat(error.problem()).contains("action name").contains("empty");
    }

    @Test
    void namesLineAndColumnOfAnEmptyServicePrefix() throws Exception {
        InputException error = loadFailing(":GetObject\n");

        assertThat(error.location()).isEqualTo("line 1, column 1");
        assertThat(error.problem()).contains("service prefix").contains("empty");
    }

    @Test
    void rejectsWildcardsAndSpacesInsideNames() throws Exception {
        assertThat(loadFailing("s3:Get*\n").location()).isEqualTo("line 1, column 7");
        assertThat(loadFailing("s3:GetObject\ns3:Get Object\n").location()).isEqualTo("line 2, column 7");
        assertThat(loadFailing("s3:a:b\n").location()).isEqualTo("line 1, column 5");
    }

    @Test
    void rejectsAFileWithoutActions() throws Exception {
        InputException error = loadFailing("# version: empty\n\n");

        assertThat(error.location()).isNull();
        assertThat(error.problem()).contains("no actions");
    }

    @Test
    void rejectsAPathThatDoesNotExist() {
        Path missing = dir.resolve("missing.txt");

        InputException error = catchThrowableOfType(InputException.class, () -> CatalogLoader.load(missing));

        assertThat(error.file()).isEqualTo(missing.toString());
        assertThat(error.problem()).contains("no such file");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("actions.txt"), text, StandardCharsets.UTF_8);
    }

    private InputException loadFailing(String text) throws IOException {
        Path file = write(text);
        InputException error = catchThrowableOfType(InputException.class, () -> CatalogLoader.load(file));
        assertThat(error).isNotNull();
        assertThat(error.file()).isEqualTo(file.toString());
        return error;
    }
}

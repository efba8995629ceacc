package org.iamrefiner.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iamrefiner.input.InputException;
import org.iamrefiner.input.JsonInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed text and unreadable files, as seen through the policy reader. */
class MalformedPolicyTextTest {

    private static final String SOURCE = "bad.json";

    private static InputException parseError(String text) {
        InputException error = catchThrowableOfType(InputException.class, () -> PolicyReader.parse(SOURCE, text));
        assertThat(error).as("expected an InputException").isNotNull();
        assertThat(error.file()).isEqualTo(SOURCE);
        return error;
    }

    @Test
    void aMissingQuoteIsReportedWithLineAndColumn() {
        InputException error = parseError("{\n  \"Version\": \"2012-10-17\",\n  Statement: []\n}");

        assertThat(error.location()).isEqualTo("line 3, column 3");
        assertThat(error.problem()).startsWith("malformed JSON: ").contains("double-quote to start field name");
        assertThat(error.getMessage()).startsWith("bad.json at line 3, column 3: malformed JSON");
    }

    @Test
    void aTrailingCommaIsReportedWhereTheNextKeyWasExpected() {
        InputException error = parseError("{\n  \"Statement\": [],\n}");

        assertThat(error.location()).isEqualTo("line 3, column 1");
        assertThat(error.problem()).contains("Unexpected character ('}')").doesNotContain("code 125");
    }

    @Test
    void anUnclosedDocumentNamesWhereItStarted() {
        InputException error = parseError("{\"Statement\": [\n");

        assertThat(error.location()).isEqualTo("line 2, column 1");
        assertThat(error.problem()).contains("end-of-input").contains("line 1, column 15").doesNotContain("Source");
    }

    @Test
    void aDuplicateKeyIsAnErrorOnItsLine() {
        InputException error = parseError("{\n  \"Statement\": [],\n  \"Statement\": {}\n}");

        assertThat(error.location()).startsWith("line 3, column ");
        assertThat(error.problem()).isEqualTo("malformed JSON: duplicate key \"Statement\"");
    }

    @Test
    void aDuplicateKeyInsideAStatementIsAnErrorToo() {
        InputException error = parseError(
                "{\"Statement\": [{\"Effect\": \"Allow\",\n\"Action\": \"s3:*\",\n\"Effect\": \"Deny\"}]}");

        assertThat(error.location()).startsWith("line 3, ");
        assertThat(error.problem()).isEqualTo("malformed JSON: duplicate key \"Effect\"");
    }

    @Test
    void textAfterTheDocumentIsAnError() {
        InputException error = parseError("{\"Statement\": []}\n{}");

        assertThat(error.location()).startsWith("line 2, ");
        assertThat(error.problem()).isEqualTo("malformed JSON: more content after the end of the JSON document");
    }

    @Test
    void emptyOrBlankTextIsAnEmptyFile() {
        for (String text : new String[] {"", "  \n\t"}) {
            InputException error = parseError(text);

            assertThat(error.location()).isNull();
            assertThat(error.problem()).isEqualTo("the file is empty; expected an IAM policy document");
        }
    }

    @Test
    void aByteOrderMarkIsIgnored() throws Exception {
        Policy policy = PolicyReader.parse(SOURCE, "\uFEFF{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\"}}");

        assertThat(policy.statements()).hasSize(1);
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path folder) {
        Path missing = folder.resolve("nope.json");

        InputException error = catchThrowableOfType(InputException.class, () -> PolicyReader.read(missing));

        assertThat(error.file()).isEqualTo(missing.toString());
        assertThat(error.location()).isNull();
        assertThat(error.problem()).isEqualTo("no such file");
    }

    @Test
    void aDirectoryIsNotAPolicyFile(@TempDir Path folder) {
        InputException error = catchThrowableOfType(InputException.class, () -> PolicyReader.read(folder));

        assertThat(error.file()).isEqualTo(folder.toString());
        assertThat(error.problem()).isEqualTo("is a directory, not a file");
    }

    @Test
    void aFileThatIsNotUtf8IsRejected(@TempDir Path folder) throws Exception {
        Path latin1 = folder.resolve("latin1.json");
        Files.write(latin1, "{\"Sid\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        InputException error = catchThrowableOfType(InputException.class, () -> PolicyReader.read(latin1));

        assertThat(error.file()).isEqualTo(latin1.toString());
        assertThat(error.problem()).isEqualTo("is not UTF-8 text");
    }

    @Test
    void anEmptyFileIsNamed(@TempDir Path folder) throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.json"));

        InputException error = catchThrowableOfType(InputException.class, () -> PolicyReader.read(empty));

        assertThat(error.getMessage()).isEqualTo(empty + ": the file is empty; expected an IAM policy document");
    }

    @Test
    void describesValuesForMessages() throws Exception {
        ObjectMapper mapper = new ObjectMapper();

        assertThat(JsonInput.describe(mapper.readTree("\"a\\\"b\""))).isEqualTo("\"a\\\"b\"");
        assertThat(JsonInput.describe(mapper.readTree("{}"))).isEqualTo("an object");
        assertThat(JsonInput.describe(mapper.readTree("[1]"))).isEqualTo("a list");
        assertThat(JsonInput.describe(mapper.readTree("false"))).isEqualTo("false");
        assertThat(JsonInput.describe(null)).isEqualTo("nothing");
    }
}

package org.iamrefiner.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"policy.json", "expected-2024.json", "expected-2026.json"})
    void rewritesThePublishedFilesByteForByte(String name) throws Exception {
        Path file = PolicyReaderTest.blogExample(name);
        byte[] original = Files.readAllBytes(file);

        String written = PolicyWriter.write(PolicyReader.read(file).json());

        assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(original);
    }

    @Test
    void writesTheLayoutOfThePublishedExamples() throws Exception {
        ObjectNode policy = (ObjectNode) new ObjectMapper().readTree("""
                {"Version":"2012-10-17","Statement":[{"Sid":"","Effect":"Allow","Action":"s3:*",
                "Resource":[],"Condition":{},"X":[{"a":1},[true,null],1.50]}]}""");

        assertThat(PolicyWriter.write(policy)).isEqualTo("""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "",
                      "Effect": "Allow",
                      "Action": "s3:*",
                      "Resource": [],
                      "Condition": {},
                      "X": [
                        {
                          "a": 1
                        },
                        [
                          true,
                          null
                        ],
                        1.5
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void keepsNonAsciiTextAsItIs() throws Exception {
        String text = "{\n  \"Sid\": \"Zugriff für Café 東京 \u2028\"\n}\n";

        assertThat(PolicyWriter.write(new ObjectMapper().readTree(text))).isEqualTo(text);
    }

    @Test
    void escapesOnlyWhatJsonRequires() throws Exception {
        ObjectNode node = new ObjectMapper().createObjectNode().put("Sid", "a\"b\\c\td/e");

        assertThat(PolicyWriter.write(node)).isEqualTo("{\n  \"Sid\": \"a\\\"b\\\\c\\td/e\"\n}\n");
    }

    @Test
    void readsBackWhatItWroteWithNumbersAsSpelled() throws Exception {
        String text = "{\"Id\": \"x\", \"Statement\": {\"Effect\": \"Deny\", \"NotAction\": [\"iam:*\"],"
                + " \"Condition\": {\"NumericLessThan\": {\"aws:MultiFactorAuthAge\": 0.50}}}}";
        String once = PolicyWriter.write(PolicyReader.parse("p", text).json());

        String twice = PolicyWriter.write(PolicyReader.parse("p", once).json());

        assertThat(twice).isEqualTo(once).contains("\"aws:MultiFactorAuthAge\": 0.50\n");
    }
}

package org.iamrefiner.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.input.InputException;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.report.BatchFragment;
import org.iamrefiner.report.BatchItem;
import org.iamrefiner.report.BatchPrincipal;
import org.iamrefiner.report.BatchStatus;
import org.iamrefiner.report.HtmlSideBySideDiff;
import org.iamrefiner.report.RemediationCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of a batch that read documents and findings and write commands and diffs. */
class BatchPiecesTest {

    @TempDir
    Path temp;

    @Test
    void anOutputFileIsWrittenWholeAndAsReadableAsAFileTheUserWrites() throws Exception {
        Path plain = Files.writeString(temp.resolve("plain.txt"), "x");
        Path written = Files.createDirectories(temp.resolve("out/role")).resolve("a.json");
        AtomicFiles.write(written, "{}\n");
        AtomicFiles.write(written, "{\"replaced\": true}\n");
        assertThat(Files.readString(written)).isEqualTo("{\"replaced\": true}\n");
        try (var left = Files.list(written.getParent())) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactly("a.json");
        }
        if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    @Test
    void aReportTakesStoredFragmentsInTheOrderItAsksForThemBetweenItsOwnText() throws Exception {
        Path report = Files.createDirectories(temp.resolve("out")).resolve("report.html");
        try (TextSpool spool = new TextSpool(temp)) {
            BatchFragment first = spool.add("<td>café ✓</td>\n");
            BatchFragment empty = spool.add("");
            BatchFragment second = spool.add("<td>naïve</td>\n");
            AtomicFiles.write(report, out -> {
                out.write("<table>\n");
                spool.copy(second, out);
                out.write("<tr>é</tr>\n");
                spool.copy(empty, out);
                spool.copy(first, out);
                out.write("</table>\n");
            });
        }
        assertThat(Files.readString(report))
                .isEqualTo("<table>\n<td>naïve</td>\n<tr>é</tr>\n<td>café ✓</td>\n</table>\n");
    }

    @Test
    void percentDecodingKeepsAPlusAndRejectsABrokenEscape() {
        assertThat(PercentDecoding.decode("%7B%22Sid%22%3A%22a+b%20c%22%7D")).isEqualTo("{\"Sid\":\"a+b c\"}");
        assertThat(PercentDecoding.decode("caf%C3%A9")).isEqualTo("café");
        assertThatThrownBy(() -> PercentDecoding.decode("abc%2")).hasMessageContaining("character 4");
    }

    @Test
    void aPrincipalIsTheSameWithOrWithoutItsPathAndCase() {
        assertThat(PrincipalArns.key("arn:aws:iam::123456789012:role/service-role/Deployer"))
                .isEqualTo(PrincipalArns.key("arn:aws:iam::123456789012:role/deployer"));
        assertThat(PrincipalArns.key("arn:aws:iam::123456789012:user/Deployer"))
                .isNotEqualTo(PrincipalArns.key("arn:aws:iam::123456789012:role/Deployer"));
    }

    @Test
    void policyDocumentsAreReadAsObjectsTextOrUrlEncodedAndErrorsNameThePlace() throws Exception {
        String json = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}}";
        Path file = Path.of("export.json");
        Policy fromText = PolicyDocuments.read(file, "/a", "p", BatchRuns.JSON.getNodeFactory().textNode(json));
        Policy fromEncoded = PolicyDocuments.read(file, "/a", "p",
                BatchRuns.JSON.getNodeFactory().textNode(GeneratedAccount.urlEncoded(json)));
        Policy fromObject = PolicyDocuments.read(file, "/a", "p", BatchRuns.JSON.readTree(json));
        assertThat(fromText.json()).isEqualTo(fromEncoded.json()).isEqualTo(fromObject.json());
        assertThat(fromObject.source()).isEqualTo("p");

        String noEffect = GeneratedAccount.urlEncoded("{\"Statement\":[{\"Action\":\"s3:GetObject\"}]}");
        assertThatThrownBy(() -> PolicyDocuments.read(file, "/RoleDetailList/3/RolePolicyList/0/PolicyDocument", "p",
                BatchRuns.JSON.getNodeFactory().textNode(noEffect)))
                .isInstanceOf(InputException.class)
                .hasMessage("export.json at /RoleDetailList/3/RolePolicyList/0/PolicyDocument/Statement/0: a statement needs an Effect");
    }

    @Test
    void findingsAreIndexedFromListsAndPagesAndOtherTypesAreLeftOut() throws Exception {
        String arn = "arn:aws:iam::123456789012:role/Deployer";
        Files.writeString(temp.resolve("page1.json"), response(arn, "s3", "GetObject", "ACTIVE", "UnusedPermission"));
        Files.writeString(temp.resolve("list.json"), "{\"findings\": ["
                + response(arn, "sqs", "DeleteQueue", "ACTIVE", "UnusedPermission") + ","
                + response("arn:aws:iam::123456789012:role/Other", "sqs", "DeleteQueue", "ARCHIVED", "UnusedPermission") + ","
                + response(arn, "kms", "Decrypt", "ACTIVE", "UnusedIAMRole") + "], \"nextToken\": null}");
        FindingIndex index = FindingIndex.of(temp);
        assertThat(index.problems()).isEmpty();
        assertThat(index.ignored()).isEqualTo(2);
        Finding finding = index.load("arn:aws:iam::123456789012:role/app/Deployer");
        assertThat(finding.services()).extracting(service -> service.service()).containsExactlyInAnyOrder("s3", "sqs");
        assertThat(index.load("arn:aws:iam::123456789012:role/Other")).isNull();
    }

    @Test
    void aBadPageNamesItsOwnFileAndPointer() throws Exception {
        String arn = "arn:aws:iam::123456789012:role/Deployer";
        Files.writeString(temp.resolve("a.json"), response(arn, "s3", "GetObject", "ACTIVE", "UnusedPermission"));
        Files.writeString(temp.resolve("b.json"), "{\"findings\": [" + response(arn, "s3", "sqs:GetObject", "ACTIVE", "UnusedPermission") + "]}");
        FindingIndex index = FindingIndex.of(temp);
        assertThatThrownBy(() -> index.load(arn))
                .hasMessageContaining("b.json at /findings/0/findingDetails/0/unusedPermissionDetails/actions/0");
    }

    private static String response(String arn, String service, String action, String status, String type) {
        return "{\"resource\": \"" + arn + "\", \"status\": \"" + status + "\", \"findingType\": \"" + type + "\","
                + " \"findingDetails\": [{\"unusedPermissionDetails\": {\"serviceNamespace\": \"" + service + "\","
                + " \"actions\": [{\"action\": \"" + action + "\"}]}}]}";
    }

    @Test
    void sideBySideDiffSetsRemovedLinesBesideTheirReplacements() {
        String html = HtmlSideBySideDiff.of("a\nb\nc\n", "a\nB1\nB2\nc\n");
        // Numbers, then text, on each side; a cell ends where the next begins.
        assertThat(html).contains("<tr><td>1<td>a<td>1<td>a</tr>\n")
                .contains("<tr><td>2<td class=del>b<td>2<td class=add>B1</tr>\n")
                .contains("<tr><td><td class=none><td>3<td class=add>B2</tr>\n")
                .contains("<tr><td>3<td>c<td>4<td>c</tr>\n");
        assertThat(HtmlSideBySideDiff.of("<&>\n", "")).contains("&lt;&amp;&gt;");
    }

    @Test
    void remediationQuotesForBashAndPicksTheCommandByAttachment() throws Exception {
        BatchPrincipal role = new BatchPrincipal("role", "Deployer", "arn:aws-cn:iam::123456789012:role/Deployer");
        String document = "{\"Sid\":\"it's\"}";
        String inline = RemediationCommands.of(item(role, BatchItem.Attachment.INLINE, null, 1, BatchStatus.CHANGED), document);
        assertThat(inline).contains("aws iam put-role-policy --role-name 'Deployer' --policy-name 'p' "
                + "--policy-document '{\"Sid\":\"it'\\''s\"}'");
        String own = RemediationCommands.of(item(role, BatchItem.Attachment.MANAGED,
                "arn:aws-cn:iam::123456789012:policy/p", 1, BatchStatus.CHANGED), document);
        assertThat(own).contains("create-policy-version --policy-arn 'arn:aws-cn:iam::123456789012:policy/p'")
                .contains("--set-as-default");
        String shared = RemediationCommands.of(item(role, BatchItem.Attachment.MANAGED,
                "arn:aws-cn:iam::123456789012:policy/p", 4, BatchStatus.CHANGED), document);
        assertThat(shared).contains("# Attached to 4 principals")
                .contains("create-policy --policy-name 'p-Deployer'")
                .contains("attach-role-policy --role-name 'Deployer' --policy-arn 'arn:aws-cn:iam::123456789012:policy/p-Deployer'")
                .contains("detach-role-policy --role-name 'Deployer' --policy-arn 'arn:aws-cn:iam::123456789012:policy/p'")
                .doesNotContain("create-policy-version");
        String awsManaged = RemediationCommands.of(item(role, BatchItem.Attachment.MANAGED,
                "arn:aws:iam::aws:policy/ReadOnlyAccess", 1, BatchStatus.CHANGED), document);
        assertThat(awsManaged).contains("An AWS managed policy cannot be changed").contains("create-policy --policy-name");
        String detachInline = RemediationCommands.of(item(role, BatchItem.Attachment.INLINE, null, 1, BatchStatus.DETACHED), null);
        assertThat(detachInline).contains("aws iam delete-role-policy --role-name 'Deployer' --policy-name 'p'");
        assertThat(RemediationCommands.of(item(role, BatchItem.Attachment.INLINE, null, 1, BatchStatus.UNCHANGED), null)).isEmpty();

        BatchItem tooLong = new BatchItem(1, role, "p", BatchItem.Attachment.INLINE, null, 1, BatchStatus.CHANGED, null,
                2, 1, 100, 50, 10, 5, "x.json", "p: 11,000 characters without white space, over the 10,240 limit",
                BatchFragment.NONE, BatchFragment.NONE);
        assertThat(RemediationCommands.of(tooLong, document))
                .contains("# WARNING: IAM will refuse this as too long: p: 11,000 characters");

        Path script = temp.resolve("commands.sh");
        Files.writeString(script, inline + own + shared + awsManaged + detachInline);
        Process bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        assertThat(bash.waitFor()).as(new String(bash.getInputStream().readAllBytes())).isZero();
    }

    private static BatchItem item(BatchPrincipal who, BatchItem.Attachment attachment, String arn, int sharing,
                                  BatchStatus status) {
        return new BatchItem(1, who, "p", attachment, arn, sharing, status, null, 2, 1, 100, 50, 10, 5,
                "recommendations/role/Deployer/x.json", null, BatchFragment.NONE, BatchFragment.NONE);
    }
}

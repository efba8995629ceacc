package org.iamrefiner.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference on the published example and on named edge cases of SPEC.md. */
class SpecReferenceExamplesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path BLOG_EXAMPLE = Path.of("src/test/resources/blog-example");

    @Test
    void publishedExampleGivesThePublishedRecommendation() throws IOException {
        List<String> catalog = Files.readAllLines(BLOG_EXAMPLE.resolve("catalog-2024-08-31-s3-lambda.txt")).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty())
                .toList();
        JsonNode policy = MAPPER.readTree(BLOG_EXAMPLE.resolve("policy.json").toFile());
        List<UnusedSpec> unused = readSimpleFinding(MAPPER.readTree(BLOG_EXAMPLE.resolve("unused.json").toFile()));
        JsonNode expected = MAPPER.readTree(BLOG_EXAMPLE.resolve("expected-2024.json").toFile());

        ReferenceResult result = new SpecReference(catalog).refine(policy, unused);

        assertThat(result.step()).isEqualTo(ReferenceResult.CREATE_POLICY);
        assertThat(result.policy()).isEqualTo(expected);
    }

    /** Reads {@code [{"serviceNamespace": "s3", "actions": ["GetObject"]}, {"serviceNamespace": "iam"}]}. */
    private static List<UnusedSpec> readSimpleFinding(JsonNode finding) {
        List<UnusedSpec> specs = new ArrayList<>();
        for (JsonNode service : finding) {
            String namespace = service.get("serviceNamespace").asText();
            if (!service.has("actions")) {
                specs.add(UnusedSpec.wholeService(namespace));
                continue;
            }
            List<String> names = new ArrayList<>();
            service.get("actions").forEach(name -> names.add(name.asText()));
            specs.add(new UnusedSpec(namespace, names));
        }
        return specs;
    }

    @Nested
    class TheCover {

        @Test
        void actionKeptBesideAnUnusedLongerNameIsEmittedLiterally() {
            List<String> refined = refineOneEntry(
                    List.of("s3:GetObject", "s3:GetObjectAcl", "s3:GetObjectTagging"),
                    "s3:GetObject*", new UnusedSpec("s3", List.of("GetObjectAcl")));

            assertThat(refined).containsExactly("s3:GetObject", "s3:GetObjectTagging");
        }

        @Test
        void nameThatIsAStringPrefixOfAnotherGetsOneWildcard() {
            List<String> refined = refineOneEntry(List.of("a:Fo", "a:Foo", "a:Bar"), "a:*",
                    new UnusedSpec("a", List.of("Bar")));

            assertThat(refined).containsExactly("a:Fo*");
        }

        @Test
        void unusedNameThatExtendsAWordMakesTheWordUnsafe() {
            List<String> catalog = List.of("acm:ListCertificate", "acm:ListCertificateAuthorities",
                    "acm:ListCertificates", "acm:ListTags");

            List<String> refined = refineOneEntry(catalog, "acm:List*",
                    new UnusedSpec("acm", List.of("acm:ListCertificates")));

            assertThat(refined).containsExactly(
                    "acm:ListCertificate", "acm:ListCertificateAuthorities", "acm:ListTags");
        }

        @Test
        void capitalRunIsAWordOfItsOwn() {
            List<String> catalog = List.of("rds:CreateDBCluster", "rds:CreateDBInstance", "rds:CreateDataSet");

            List<String> refined = refineOneEntry(catalog, "rds:Create*",
                    new UnusedSpec("rds", List.of("CreateDataSet")));

            assertThat(refined).containsExactly("rds:CreateDB*");
        }

        @Test
        void wildcardIsSpelledLikeTheFirstCatalogActionItCovers() {
            List<String> catalog = List.of("a:GetOther", "a:getAlpha", "a:PutThing");

            List<String> refined = refineOneEntry(catalog, "A:*", new UnusedSpec("A", List.of("PUTTHING")));

            assertThat(refined).containsExactly("a:get*");
        }

        @Test
        void entryAboveAllServicesGetsThePlainCoverOverServicesWhenTheRewriteIsOff() {
            List<String> catalog = List.of("a:Get", "a:Put", "b:Get", "b:Put");

            List<String> refined = refineOneEntry(new SpecReference(catalog, false), "*",
                    new UnusedSpec("a", List.of("Put")));

            assertThat(refined).containsExactly("a:Get", "b:*");
        }
    }

    @Nested
    class UnusedNamesOutsideTheCatalog {

        @Test
        void wildcardMustNotCoverAnUnknownUnusedName() {
            List<String> catalog = List.of("s3:GetObject", "s3:GetObjectAcl", "s3:PutObject");

            List<String> refined = refineOneEntry(catalog, "s3:*",
                    new UnusedSpec("s3", List.of("GetObjectAclV9", "PutObjectLegalHold")));

            assertThat(refined).containsExactly("s3:GetObject", "s3:GetObjectAcl", "s3:PutObject");
        }

        @Test
        void entryThatMatchesOnlyAnUnknownUnusedNameIsStillRefined() {
            List<String> catalog = List.of("s3:GetObject", "s3:GetObjectAcl", "s3:PutObject");

            List<String> refined = refineOneEntry(catalog, "s3:Put*",
                    new UnusedSpec("s3", List.of("PutObjectLegalHold")));

            assertThat(refined).containsExactly("s3:PutObject");
        }

        @Test
        void entryOfAServiceTheCatalogLacksIsDroppedWhenItMatchesAnUnusedName() {
            JsonNode policy = policy(allow(list("zz:Get*", "yy:*", "zz:GetThing", "zz:PutThing")));

            ReferenceResult result = new SpecReference(List.of("s3:GetObject"))
                    .refine(policy, List.of(new UnusedSpec("zz", List.of("GetThing"))));

            assertThat(result.step()).isEqualTo(ReferenceResult.CREATE_POLICY);
            assertThat(actionOfFirstStatement(result)).isEqualTo(list("yy:*", "zz:PutThing"));
        }
    }

    @Nested
    class ServiceLevelUnused {

        @Test
        void noWildcardOfTheServiceSurvivesAndOtherServicesAreCoveredWhenTheRewriteIsOff() {
            List<String> catalog = List.of("a:Get", "a:Put", "b:Get", "b:Put");

            List<String> refined = refineOneEntry(new SpecReference(catalog, false), "*",
                    UnusedSpec.wholeService("A"));

            assertThat(refined).containsExactly("b:*");
        }

        @Test
        void entriesOfTheServiceAreDroppedEvenWhenTheCatalogDoesNotKnowThem() {
            JsonNode policy = policy(allow(list("a:Get", "a:New*", "a:*", "b:Get")));

            ReferenceResult result = new SpecReference(List.of("a:Get", "b:Get"))
                    .refine(policy, List.of(UnusedSpec.wholeService("a")));

            assertThat(actionOfFirstStatement(result)).isEqualTo(list("b:Get"));
        }

        @Test
        void policyLeftWithoutStatementsIsDetached() {
            JsonNode policy = policy(allow(text("a:*")), allow(list("a:Get", "A:PUT")));

            ReferenceResult result = new SpecReference(List.of("a:Get", "a:Put"))
                    .refine(policy, List.of(UnusedSpec.wholeService("a")));

            assertThat(result.policy()).isNull();
            assertThat(result.step()).isEqualTo(ReferenceResult.DETACH_POLICY);
        }
    }

    @Nested
    class PatternsWithInnerWildcards {

        private final List<String> catalog = List.of("a:GetObject", "a:GetObjectAcl", "a:GetBucketAcl",
                "a:GotObject", "a:GotTag");

        @Test
        void questionMarkPatternCoversWithNodesInsideIt() {
            List<String> refined = refineOneEntry(catalog, "a:G?t*", new UnusedSpec("a", List.of("GotObject")));

            assertThat(refined).containsExactly("a:Get*", "a:GotTag");
        }

        @Test
        void questionMarkLiteralRestIsEmittedByName() {
            List<String> refined = refineOneEntry(catalog, "a:G?tObject",
                    new UnusedSpec("a", List.of("GotObject")));

            assertThat(refined).containsExactly("a:GetObject");
        }

        @Test
        void nodeWhoseExtensionsLeaveTheOriginalPatternIsNotSafe() {
            List<String> withSharedWord = List.of("a:GetObjectAcl", "a:GetObjectTagAcl", "a:GetBucketAcl");

            List<String> refined = refineOneEntry(withSharedWord, "a:Get*Acl",
                    new UnusedSpec("a", List.of("GetBucketAcl")));

            assertThat(refined).containsExactly("a:GetObjectAcl", "a:GetObjectTagAcl");
        }
    }

    @Nested
    class Structure {

        private final SpecReference reference = new SpecReference(
                List.of("s3:GetObject", "s3:GetObjectAcl", "s3:GetBucketAcl", "s3:ListBucket", "iam:GetRole"));
        private final List<UnusedSpec> bucketAclUnused = List.of(new UnusedSpec("s3", List.of("GetBucketAcl")));

        @Test
        void untouchedMixedCaseEntriesAndPolicyAreKeptVerbatim() {
            JsonNode policy = policy(allow(list("S3:getOBJECT", "s3:LIST*")));

            ReferenceResult result = reference.refine(policy, List.of(new UnusedSpec("iam", List.of("GetRole"))));

            assertThat(result.step()).isNull();
            assertThat(result.policy()).isEqualTo(policy);
        }

        @Test
        void untouchedEntryInAChangedStatementKeepsItsSpellingAndWinsOverADuplicate() {
            JsonNode policy = policy(allow(list("S3:getOBJECT", "s3:Get*")));

            ReferenceResult result = reference.refine(policy,
                    List.of(new UnusedSpec("s3", List.of("GetBucketAcl", "s3:getObjectAcl"))));

            assertThat(actionOfFirstStatement(result)).isEqualTo(list("S3:getOBJECT"));
        }

        @Test
        void stringActionStaysAStringWithOneEntryAndBecomesAListWithMore() {
            JsonNode oneLeft = policy(allow(text("s3:Get*")));
            JsonNode twoLeft = policy(allow(text("s3:*")));

            assertThat(actionOfFirstStatement(reference.refine(oneLeft, bucketAclUnused)))
                    .isEqualTo(text("s3:GetObject*"));
            assertThat(actionOfFirstStatement(reference.refine(twoLeft, bucketAclUnused)))
                    .isEqualTo(list("s3:GetObject*", "s3:ListBucket"));
        }

        @Test
        void listWithOneEntryLeftStaysAList() {
            JsonNode policy = policy(allow(list("s3:Get*")));

            assertThat(actionOfFirstStatement(reference.refine(policy, bucketAclUnused)))
                    .isEqualTo(list("s3:GetObject*"));
        }

        @Test
        void otherKeysAndTheirOrderAreKeptAndOnlyActionChanges() throws IOException {
            JsonNode policy = MAPPER.readTree("""
                    {"Version": "2012-10-17", "Id": "p1", "Statement": {
                      "Comment": "first", "Sid": "Read", "Effect": "Allow", "Action": "s3:Get*",
                      "Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
                      "Condition": {"Bool": {"aws:SecureTransport": "true"}}}}""");

            ReferenceResult result = reference.refine(policy, bucketAclUnused);

            JsonNode statement = result.policy().get("Statement");
            assertThat(fieldNames(result.policy())).containsExactly("Version", "Id", "Statement");
            assertThat(statement.isObject()).isTrue();
            assertThat(fieldNames(statement))
                    .containsExactly("Comment", "Sid", "Effect", "Action", "Resource", "Condition");
            ((com.fasterxml.jackson.databind.node.ObjectNode) statement).set("Action", policy.at("/Statement/Action"));
            assertThat(statement).isEqualTo(policy.get("Statement"));
        }

        @Test
        void denyAndNotActionStatementsThatExcludeTheUnusedAlreadyAreCopiedUnchanged() {
            JsonNode deny = statement("Deny", "Action", list("s3:Get*"));
            JsonNode notAction = statement("Allow", "NotAction", list("s3:GetBucketAcl"));
            JsonNode policy = policy(deny, notAction);

            ReferenceResult result = reference.refine(policy, bucketAclUnused);

            assertThat(result.step()).isNull();
            assertThat(result.policy()).isEqualTo(policy);
        }

        @Test
        void droppedStatementLeavesTheOthersInOrder() {
            JsonNode policy = policy(allow(text("s3:GetBucketAcl")), allow(text("iam:GetRole")),
                    statement("Deny", "Action", text("s3:GetBucketAcl")));

            ReferenceResult result = reference.refine(policy, bucketAclUnused);

            assertThat(result.step()).isEqualTo(ReferenceResult.CREATE_POLICY);
            assertThat(result.policy().get("Statement"))
                    .isEqualTo(MAPPER.createArrayNode().add(policy.at("/Statement/1")).add(policy.at("/Statement/2")));
        }

        @Test
        void inputPolicyIsNotModified() {
            JsonNode policy = policy(allow(list("s3:*")), allow(text("s3:GetBucketAcl")));
            JsonNode before = policy.deepCopy();

            reference.refine(policy, bucketAclUnused);

            assertThat(policy).isEqualTo(before);
        }
    }

    @Nested
    class NotActionStatements {

        private final SpecReference reference = new SpecReference(List.of("s3:GetObject", "s3:GetObjectAcl",
                "s3:GetBucketAcl", "s3:PutObject", "s3:PutObjectAcl", "iam:GetRole", "iam:PassRole",
                "ec2:RunInstances"));

        @Test
        void unusedNamesTheStatementAllowsAreAppendedAfterTheExistingEntriesAsAList() {
            JsonNode policy = policy(notAction(text("iam:*")));

            ReferenceResult result = reference.refine(policy, List.of(
                    new UnusedSpec("s3", List.of("GetBucketAcl", "PutObject", "s3:putobjectacl")),
                    new UnusedSpec("iam", List.of("GetRole"))));

            assertThat(result.step()).isEqualTo(ReferenceResult.CREATE_POLICY);
            assertThat(notActionOfFirstStatement(result)).isEqualTo(list("iam:*", "s3:GetBucketAcl", "s3:Put*"));
            assertThat(fieldNames(result.policy().at("/Statement/0"))).containsExactly("Effect", "NotAction", "Resource");
        }

        @Test
        void emptyNotActionGetsTheCoverOfTheUnused() {
            JsonNode policy = policy(notAction(list()));

            ReferenceResult result = reference.refine(policy, List.of(
                    new UnusedSpec("s3", List.of("GetObjectAcl", "PutObjectAcl"))));

            assertThat(notActionOfFirstStatement(result)).isEqualTo(list("s3:GetObjectAcl", "s3:PutObjectAcl"));
        }

        @Test
        void serviceLevelUnusedServiceAddsItsWildcardInSortedPlace() {
            JsonNode policy = policy(notAction(list("s3:Get*")));

            ReferenceResult result = reference.refine(policy, List.of(
                    new UnusedSpec("s3", List.of("GetBucketAcl", "PutObjectAcl")), UnusedSpec.wholeService("EC2")));

            assertThat(notActionOfFirstStatement(result)).isEqualTo(list("s3:Get*", "ec2:*", "s3:PutObjectAcl"));
        }

        @Test
        void serviceLevelUnusedServiceAddsNothingWhenAnExistingEntryCoversAllItsNames() {
            JsonNode policy = policy(notAction(list("EC2:*")), notAction(list("e*")), notAction(text("ec2:Run*")));

            ReferenceResult result = reference.refine(policy, List.of(UnusedSpec.wholeService("ec2")));

            assertThat(result.policy().at("/Statement/0")).isEqualTo(policy.at("/Statement/0"));
            assertThat(result.policy().at("/Statement/1")).isEqualTo(policy.at("/Statement/1"));
            // ec2:Run* leaves other ec2 names, known or future, allowed.
            assertThat(result.policy().at("/Statement/2/NotAction")).isEqualTo(list("ec2:Run*", "ec2:*"));
        }

        @Test
        void unknownUnusedNameGetsAWildcardSpelledAsTheFindingSpellsIt() {
            JsonNode policy = policy(notAction(list("iam:*")));

            ReferenceResult result = reference.refine(policy, List.of(
                    new UnusedSpec("S3", List.of("GetObjectLegalHold"))));

            // s3:GetObject is kept, so s3:GetObject* is unsafe; s3:GetObjectLegal is the shortest safe node.
            assertThat(notActionOfFirstStatement(result)).isEqualTo(list("iam:*", "s3:GetObjectLegal*"));
        }

        @Test
        void unknownUnusedNameWithoutASafeNodeIsAddedByItsOwnName() {
            JsonNode policy = policy(notAction(list("iam:*")));

            ReferenceResult result = reference.refine(policy, List.of(new UnusedSpec("S3", List.of("getObjec"))));

            // A kept action, s3:GetObject, starts with the name itself.
            assertThat(notActionOfFirstStatement(result)).isEqualTo(list("iam:*", "s3:getObjec"));
        }

        @Test
        void unusedNameOfAServiceTheCatalogLacksGetsTheServiceWildcard() {
            JsonNode policy = policy(notAction(list("iam:*")));

            ReferenceResult result = reference.refine(policy, List.of(new UnusedSpec("zz", List.of("GetThing"))));

            assertThat(notActionOfFirstStatement(result)).isEqualTo(list("iam:*", "zz:*"));
        }

        @Test
        void statementThatExcludesEveryUnusedNameAlreadyIsUnchanged() {
            JsonNode policy = policy(notAction(text("s3:*")), notAction(list("iam:PassRole", "S3:GET*")));

            ReferenceResult result = reference.refine(policy, List.of(
                    new UnusedSpec("s3", List.of("GetObject", "GetBucketAcl"))));

            assertThat(result.step()).isNull();
            assertThat(result.policy()).isEqualTo(policy);
        }

        @Test
        void statementThatWouldAllowNoCatalogActionIsDropped() {
            JsonNode policy = policy(notAction(list("s3:*", "ec2:*", "iam:PassRole")), allow(text("s3:GetObject")));

            ReferenceResult result = reference.refine(policy, List.of(new UnusedSpec("iam", List.of("GetRole"))));

            assertThat(result.step()).isEqualTo(ReferenceResult.CREATE_POLICY);
            assertThat(result.policy().get("Statement")).isEqualTo(MAPPER.createArrayNode().add(policy.at("/Statement/1")));
        }

        @Test
        void policyWhoseOnlyNotActionStatementIsDroppedIsDetached() {
            JsonNode policy = policy(notAction(list("s3:*", "ec2:*")));

            ReferenceResult result = reference.refine(policy, List.of(UnusedSpec.wholeService("iam")));

            assertThat(result.step()).isEqualTo(ReferenceResult.DETACH_POLICY);
            assertThat(result.policy()).isNull();
        }

        @Test
        void powerUserAccessShape() {
            SpecReference withMoreServices = new SpecReference(List.of("iam:GetRole", "iam:PassRole",
                    "organizations:ListAccounts", "account:GetContactInformation",
                    "s3:GetObject", "s3:GetObjectAcl", "s3:GetBucketAcl", "s3:PutObject",
                    "ec2:RunInstances", "ec2:DescribeImages", "ec2:DescribeInstances", "ec2:DescribeInstanceStatus",
                    "ec2:DescribeVpcs", "lambda:InvokeFunction", "lambda:GetFunction"));
            JsonNode policy = policy(notAction(list("iam:*", "organizations:*", "account:*")));
            List<UnusedSpec> finding = List.of(
                    new UnusedSpec("s3", List.of("GetBucketAcl", "PutObject")),
                    new UnusedSpec("ec2", List.of("DescribeImages", "DescribeInstances", "DescribeInstanceStatus")),
                    UnusedSpec.wholeService("lambda"));

            ReferenceResult result = withMoreServices.refine(policy, finding);

            assertThat(result.step()).isEqualTo(ReferenceResult.CREATE_POLICY);
            assertThat(notActionOfFirstStatement(result)).isEqualTo(list("iam:*", "organizations:*", "account:*",
                    "ec2:DescribeImages", "ec2:DescribeInstance*", "lambda:*", "s3:GetBucketAcl", "s3:PutObject"));
        }

        @Test
        void denyWithNotActionIsUnchanged() {
            JsonNode policy = policy(statement("Deny", "NotAction", list("iam:*")));

            ReferenceResult result = reference.refine(policy, List.of(UnusedSpec.wholeService("s3")));

            assertThat(result.step()).isNull();
            assertThat(result.policy()).isEqualTo(policy);
        }
    }

    @Nested
    class StarRewrite {

        private final List<String> catalog = List.of("a:Get", "a:Put", "b:Get", "b:Put");

        @Test
        void starAloneBecomesNotActionAsAStringWhenOneEntryRemains() {
            JsonNode policy = policy(MAPPER.createObjectNode().put("Sid", "All").put("Action", "*")
                    .put("Effect", "Allow").put("Resource", "*"));

            ReferenceResult result = new SpecReference(catalog).refine(policy, List.of(
                    new UnusedSpec("a", List.of("Put"))));

            JsonNode statement = result.policy().at("/Statement/0");
            assertThat(fieldNames(statement)).containsExactly("Sid", "NotAction", "Effect", "Resource");
            assertThat(statement.get("NotAction")).isEqualTo(text("a:Put"));
        }

        @Test
        void starAloneBecomesAListWithSeveralEntries() {
            ReferenceResult result = new SpecReference(catalog).refine(policy(allow(text("*"))), List.of(
                    new UnusedSpec("a", List.of("Put")), UnusedSpec.wholeService("b")));

            assertThat(notActionOfFirstStatement(result)).isEqualTo(list("a:Put", "b:*"));
        }

        @Test
        void starInAListSwallowsTheOtherEntriesAndStaysAList() {
            JsonNode policy = policy(allow(list("a:Get", "*", "zz:Thing")));

            ReferenceResult result = new SpecReference(catalog).refine(policy, List.of(
                    new UnusedSpec("b", List.of("Put"))));

            JsonNode statement = result.policy().at("/Statement/0");
            assertThat(fieldNames(statement)).containsExactly("Effect", "NotAction", "Resource");
            assertThat(statement.get("NotAction")).isEqualTo(list("b:Put"));
        }

        @Test
        void starWhoseEveryCatalogActionIsUnusedIsDropped() {
            JsonNode policy = policy(allow(text("*")));

            ReferenceResult result = new SpecReference(catalog).refine(policy, List.of(
                    UnusedSpec.wholeService("a"), new UnusedSpec("b", List.of("Get", "Put"))));

            assertThat(result.step()).isEqualTo(ReferenceResult.DETACH_POLICY);
        }

        @Test
        void starWithAnEmptyFindingIsUnchanged() {
            JsonNode policy = policy(allow(text("*")));

            ReferenceResult result = new SpecReference(catalog).refine(policy, List.of(
                    new UnusedSpec("a", List.of())));

            assertThat(result.step()).isNull();
            assertThat(result.policy()).isEqualTo(policy);
        }

        @Test
        void withTheRewriteOffStarGetsThePlainCoverAndOtherEntriesStay() {
            JsonNode policy = policy(allow(list("b:Put", "*")));

            ReferenceResult result = new SpecReference(catalog, false).refine(policy, List.of(
                    new UnusedSpec("a", List.of("Put"))));

            assertThat(actionOfFirstStatement(result)).isEqualTo(list("b:Put", "a:Get", "b:*"));
        }

        @Test
        void denyWithStarIsUnchanged() {
            JsonNode policy = policy(statement("Deny", "Action", text("*")));

            ReferenceResult result = new SpecReference(catalog).refine(policy, List.of(UnusedSpec.wholeService("a")));

            assertThat(result.step()).isNull();
            assertThat(result.policy()).isEqualTo(policy);
        }
    }

    private static List<String> refineOneEntry(List<String> catalog, String entry, UnusedSpec unused) {
        return refineOneEntry(new SpecReference(catalog), entry, unused);
    }

    private static List<String> refineOneEntry(SpecReference reference, String entry, UnusedSpec unused) {
        ReferenceResult result = reference.refine(policy(allow(list(entry))), List.of(unused));
        assertThat(result.step()).isEqualTo(ReferenceResult.CREATE_POLICY);
        List<String> entries = new ArrayList<>();
        actionOfFirstStatement(result).forEach(value -> entries.add(value.asText()));
        return entries;
    }

    private static JsonNode actionOfFirstStatement(ReferenceResult result) {
        return result.policy().at("/Statement/0/Action");
    }

    private static JsonNode notActionOfFirstStatement(ReferenceResult result) {
        return result.policy().at("/Statement/0/NotAction");
    }

    private static JsonNode policy(JsonNode... statements) {
        var policy = MAPPER.createObjectNode().put("Version", "2012-10-17");
        var list = policy.putArray("Statement");
        for (JsonNode statement : statements) {
            list.add(statement);
        }
        return policy;
    }

    private static JsonNode allow(JsonNode action) {
        return statement("Allow", "Action", action);
    }

    private static JsonNode notAction(JsonNode entries) {
        return statement("Allow", "NotAction", entries);
    }

    private static JsonNode statement(String effect, String actionKey, JsonNode action) {
        var statement = MAPPER.createObjectNode().put("Effect", effect);
        statement.set(actionKey, action);
        statement.put("Resource", "*");
        return statement;
    }

    private static JsonNode text(String value) {
        return MAPPER.getNodeFactory().textNode(value);
    }

    private static JsonNode list(String... values) {
        var list = MAPPER.createArrayNode();
        for (String value : values) {
            list.add(value);
        }
        return list;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> iterator = node.fieldNames();
        iterator.forEachRemaining(names::add);
        return names;
    }
}

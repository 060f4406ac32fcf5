package dev.scaffold.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaffold.Fixtures;
import dev.scaffold.catalog.Catalog;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip of {@code POST /api/render}: byte for byte what {@code scaffold new} writes, provenance included. */
class ZipTest {

    @TempDir
    Path work;

    private static final String DEMO = """
            {"blueprint": "demo", "with": ["extra"],
             "answers": {"projectName": "app", "size": 3, "tags": ["x", "y"], "feature": true, "mode": "safe", "token": "s3cret"}}""";

    private static void assertSameProject(Unzipped zip, Unzipped cli) {
        assertThat(zip.texts()).isEqualTo(cli.texts());
        assertThat(zip.contents().keySet()).isEqualTo(cli.contents().keySet());
        zip.contents().forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(cli.contents().get(name)));
        assertThat(zip.executable()).isEqualTo(cli.executable());
    }

    @Test
    void isTheCliRenderByteForByteWithExecutableBitsAndTheSameZipTwice() throws Exception {
        Catalog catalog = Fixtures.catalog();
        try (TestServer server = new TestServer(catalog, work)) {
            HttpResponse<byte[]> response = server.postJson("/api/render", DEMO);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
            assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"app.zip\"");
            CliRun cli = CliRun.of(catalog, work, "new", "-b", "demo", "--with", "extra", "-o", "app", "--no-input",
                    "-P", "projectName=app", "-P", "size=3", "-P", "tags=x,y", "-P", "feature=true", "-P", "mode=safe",
                    "-P", "token=s3cret");
            assertThat(cli.exitCode()).as(cli.err()).isZero();
            Unzipped zip = Unzipped.of(response.body());
            assertSameProject(zip, Unzipped.of(work.resolve("app"), "app"));
            assertThat(zip.contents()).containsKeys("app/.scaffold/provenance.json", "app/SAFE.md", "app/optional/Feature.txt");
            assertThat(zip.executable()).containsEntry("app/scripts/run.sh", true).containsEntry("app/README.md", false);
            assertThat(server.postJson("/api/render", DEMO).body()).isEqualTo(response.body());
        }
    }

    @Test
    void entriesAreSortedUnderTheProjectFolderWithOneFixedTime() throws Exception {
        try (TestServer server = new TestServer(Fixtures.catalog(), work)) {
            byte[] zip = server.postJson("/api/render", "{\"blueprint\": \"demo\"}").body();
            try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
                List<ZipArchiveEntry> entries = java.util.Collections.list(file.getEntriesInPhysicalOrder());
                List<String> names = entries.stream().map(ZipArchiveEntry::getName).toList();
                assertThat(names).isSorted().allSatisfy(name -> assertThat(name).startsWith("my-demo/"));
                assertThat(entries).extracting(ZipArchiveEntry::getTime).containsOnly(entries.get(0).getTime());
                assertThat(entries).allSatisfy(entry -> assertThat(entry.getUnixMode() & 0777)
                        .isEqualTo(entry.getName().endsWith(".sh") ? 0755 : 0644));
            }
        }
    }

    @Test
    void theDryRunListsTheSameFilesAndTheCommandThatRendersThem() throws Exception {
        try (TestServer server = new TestServer(Fixtures.catalog(), work)) {
            HttpResponse<byte[]> response = server.postJson("/api/render?dryRun=true", DEMO);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = TestServer.json(response);
            Unzipped zip = Unzipped.of(server.postJson("/api/render", DEMO).body());
            assertThat(body.get("files")).hasSize(zip.contents().size());
            for (JsonNode file : body.get("files")) {
                byte[] bytes = zip.contents().get("app/" + file.get("path").asText());
                assertThat(file.get("size").asInt()).isEqualTo(bytes.length);
                assertThat(file.get("executable").asBoolean()).isEqualTo(zip.executable().get("app/" + file.get("path").asText()));
                if (file.path("binary").asBoolean()) {
                    assertThat(file.get("content").isNull()).isTrue();
                } else {
                    assertThat(file.get("content").asText()).isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            assertThat(body.at("/files/0/path").asText()).isEqualTo("EXTRA.md");
            assertThat(body.get("files").get(body.get("files").size() - 1).get("path").asText())
                    .isEqualTo(".scaffold/provenance.json");
            assertThat(body.get("files").findValuesAsText("path")).contains("assets/logo.png");
            assertThat(body.get("command").asText()).isEqualTo("scaffold new -b demo --with extra -o app --no-input"
                    + " -P projectName=app -P size=3 -P feature=true -P mode=safe -P tags=x,y -P 'token=<token>'");
        }
    }

    @Test
    void theBundledEnterpriseWithStepFunctionsIsTheCliRenderByteForByte() throws Exception {
        Catalog catalog = Catalog.bundled();
        String body = """
                {"blueprint": "enterprise", "with": ["step-functions"], "answers": {"projectName": "platform",
                 "uiDomainName": "metaflow.example.com", "hostedZoneName": "example.com"}}""";
        try (TestServer server = new TestServer(catalog, work)) {
            HttpResponse<byte[]> response = server.postJson("/api/render", body);
            assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
            CliRun cli = CliRun.of(catalog, work, "new", "-b", "enterprise", "--with", "step-functions", "-o", "platform",
                    "--no-input", "-P", "projectName=platform", "-P", "uiDomainName=metaflow.example.com",
                    "-P", "hostedZoneName=example.com");
            assertThat(cli.exitCode()).as(cli.err()).isZero();
            Unzipped zip = Unzipped.of(response.body());
            assertSameProject(zip, Unzipped.of(work.resolve("platform"), "platform"));
            assertThat(zip.executable()).containsValue(true);
            Map<String, String> texts = zip.texts();
            assertThat(texts.get("platform/.scaffold/provenance.json")).contains("\"source\" : \"bundled\"");
        }
    }
}

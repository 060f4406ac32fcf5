package dev.scaffold.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaffold.Fixtures;
import dev.scaffold.catalog.Catalog;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/render?target=NAME} with {@code --output-root}: written as the CLI writes, and nowhere else. */
class OutputRootTest {

    private static final String BODY = "{\"blueprint\": \"demo\", \"answers\": {\"size\": 5}}";

    @TempDir
    Path work;

    private final Catalog catalog = Fixtures.catalog();
    private Path root;
    private Path outside;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        root = Files.createDirectories(work.resolve("root"));
        outside = Files.createDirectories(work.resolve("outside"));
        server = new TestServer(catalog, work, Optional.of(root), "test-web");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> renderInto(String target) {
        return server.postJson("/api/render?target=" + URLEncoder.encode(target, StandardCharsets.UTF_8), BODY);
    }

    @Test
    void writesTheProjectTheCliWritesAndAnswersItsPath() throws Exception {
        HttpResponse<byte[]> response = renderInto("app");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(response).get("path").asText()).isEqualTo(root.toRealPath().resolve("app").toString());
        assertThat(CliRun.of(catalog, work, "new", "-b", "demo", "-o", "cli/app", "--no-input", "-P", "size=5").exitCode()).isZero();
        Unzipped api = Unzipped.of(root.resolve("app"), "app");
        Unzipped cli = Unzipped.of(work.resolve("cli/app"), "app");
        assertThat(api.texts()).isEqualTo(cli.texts());
        assertThat(api.executable()).isEqualTo(cli.executable()).containsEntry("app/scripts/run.sh", true);
    }

    @Test
    void anEmptyDirectoryIsFilledAndANonEmptyOneIsRefusedWith409AsTheCliRefusesIt() throws Exception {
        Files.createDirectories(root.resolve("empty"));
        assertThat(renderInto("empty").statusCode()).isEqualTo(200);
        Path taken = Files.createDirectories(root.resolve("taken"));
        Files.writeString(taken.resolve("notes.txt"), "mine");
        HttpResponse<byte[]> response = renderInto("taken");
        assertThat(response.statusCode()).isEqualTo(409);
        JsonNode error = TestServer.json(response);
        CliRun cli = CliRun.of(catalog, work, "new", "-b", "demo", "-o", taken.toRealPath().toString(), "--no-input");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(error.get("error").asText()).isEqualTo(cli.error()).contains("is not empty");
        assertThat(error.get("exitCode").asInt()).isEqualTo(2);
        assertThat(taken).isDirectoryContaining(path -> path.getFileName().toString().equals("notes.txt"));
        assertThat(Files.list(taken).count()).isEqualTo(1);
    }

    @Test
    void refusesNamesThatAreNotOnePlainSegment() {
        for (String name : new String[] {"..", "../x", "a/b", "/tmp/x", outside.toString(), ".", "", "a\\b"}) {
            HttpResponse<byte[]> response = renderInto(name);
            assertThat(response.statusCode()).as(name).isEqualTo(400);
            assertThat(TestServer.json(response).get("error").asText()).as(name)
                    .isEqualTo("target '" + name + "' must be one plain directory name (no '/', '\\', '.', '..' or drive),"
                            + " created inside the output root");
        }
        assertThat(work.resolve("x")).doesNotExist();
        assertThat(outside).isEmptyDirectory();
    }

    @Test
    void refusesASymbolicLinkOutOfTheRootAndWritesNothingThrough() throws Exception {
        Files.createSymbolicLink(root.resolve("link"), outside);
        HttpResponse<byte[]> response = renderInto("link");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(response).get("error").asText())
                .isEqualTo("target 'link' is a symbolic link in the output root; refusing to follow it");
        assertThat(outside).isEmptyDirectory();
        assertThat(Files.isSymbolicLink(root.resolve("link"))).isTrue();
    }

    @Test
    void aRefusedRenderLeavesNothingOnDisk() throws Exception {
        HttpResponse<byte[]> response = server.postJson("/api/render?target=app",
                "{\"blueprint\": \"demo\", \"answers\": {\"size\": 50}}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(response).get("parameters").get(0).asText()).isEqualTo("size");
        assertThat(root).isEmptyDirectory();
    }

    @Test
    void withoutAnOutputRootATargetIsRefused() {
        try (TestServer zipsOnly = new TestServer(catalog, work)) {
            HttpResponse<byte[]> response = zipsOnly.postJson("/api/render?target=app", BODY);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(TestServer.json(response).get("error").asText())
                    .isEqualTo("?target needs the server started with --output-root DIR");
        }
        assertThat(work.resolve("app")).doesNotExist();
    }
}

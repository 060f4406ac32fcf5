package dev.scaffold.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.Fixtures;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser pages: the classpath folder served at {@code /}, or a page saying the bundle is missing. */
class WebAssetsTest {

    @TempDir
    Path work;

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void servesTheBundleWithIndexHtmlAtTheRoot() {
        try (TestServer server = new TestServer(Fixtures.catalog(), work, Optional.empty(), "test-web")) {
            HttpResponse<byte[]> index = server.get("/");
            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(text(index)).contains("the test UI bundle");
            HttpResponse<byte[]> script = server.get("/app.js");
            assertThat(script.statusCode()).isEqualTo(200);
            assertThat(text(script)).contains("console.log(\"test bundle\")");
            assertThat(server.get("/missing.js").statusCode()).isEqualTo(404);
            assertThat(server.get("/api/blueprints").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void withoutTheBundleTheRootSaysSoAndTheApiStillWorks() {
        try (TestServer server = new TestServer(Fixtures.catalog(), work, Optional.empty(), "no-such-web")) {
            HttpResponse<byte[]> index = server.get("/");
            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(text(index)).contains("The web form is not in this build").contains("<code>no-such-web/</code>");
            assertThat(server.get("/api/blueprints").statusCode()).isEqualTo(200);
        }
    }
}

package dev.scaffold.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scaffold.catalog.Catalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;

/** A {@link ScaffoldServer} on a free loopback port, and an HTTP client for it. */
final class TestServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final ScaffoldServer server;
    final StringWriter log = new StringWriter();
    private final HttpClient client = HttpClient.newHttpClient();

    /** @param catalog the blueprints; rendered as if in {@code workingDirectory}, written under {@code outputRoot} */
    TestServer(Catalog catalog, Path workingDirectory, Optional<Path> outputRoot, String webRoot) {
        server = ScaffoldServer.start(new ServeSettings("127.0.0.1", 0, () -> catalog, project -> catalog,
                workingDirectory, outputRoot, webRoot, ServeSettings.MAX_BODY, new PrintWriter(log, true)));
    }

    TestServer(Catalog catalog, Path workingDirectory) {
        this(catalog, workingDirectory, Optional.empty(), "test-web");
    }

    HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<byte[]> post(String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    HttpResponse<byte[]> postJson(String path, String body) {
        return post(path, "application/json", body);
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create(server.url()).resolve(path);
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}

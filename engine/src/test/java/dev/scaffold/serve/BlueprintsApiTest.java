package dev.scaffold.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaffold.Fixtures;
import dev.scaffold.catalog.Catalog;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/blueprints} and {@code GET /api/blueprints/{id}/schema}, against what the CLI prints. */
class BlueprintsApiTest {

    @TempDir
    Path work;

    private final Catalog catalog = Fixtures.catalog();
    private TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer(catalog, work);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listsWhatListFormatJsonPrintsWithTheLayersOfEach() throws Exception {
        HttpResponse<byte[]> response = server.get("/api/blueprints");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        JsonNode list = TestServer.json(response);
        JsonNode cli = TestServer.JSON.readTree(CliRun.of(catalog, work, "list", "--format", "json").out());
        assertThat(list).hasSize(cli.size());
        for (int i = 0; i < cli.size(); i++) {
            JsonNode entry = list.get(i).deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) entry).remove("layers");
            assertThat(entry).isEqualTo(cli.get(i));
        }
        assertThat(list.get(0).get("id").asText()).isEqualTo("demo");
        assertThat(list.get(0).get("layers")).containsExactly(TestServer.JSON.getNodeFactory().textNode("extra"));
        assertThat(list.get(1).get("id").asText()).isEqualTo("extra");
        assertThat(list.get(1).get("layers")).isEmpty();
        assertThat(list.get(1).get("defaultBase").asText()).isEqualTo("demo");
    }

    @Test
    void theSchemaIsWhatDescribeFormatJsonSchemaPrints() throws Exception {
        JsonNode cli = TestServer.JSON.readTree(CliRun.of(catalog, work, "describe", "demo", "--with", "extra",
                "--format", "json-schema").out());
        HttpResponse<byte[]> response = server.get("/api/blueprints/demo/schema?with=extra");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode schema = TestServer.json(response);
        assertThat(schema).isEqualTo(cli);
        assertThat(schema.get("title").asText()).isEqualTo("demo 1.2.0 + extra 0.3.0");
        assertThat(schema.at("/properties/token/writeOnly").asBoolean()).isTrue();
        assertThat(schema.at("/properties/extraName").isObject()).isTrue();
        assertThat(TestServer.json(server.get("/api/blueprints/demo/schema")).at("/properties/extraName").isMissingNode()).isTrue();
    }

    @Test
    void anUnknownBlueprintOrVersionIs404WithTheCliMessage() {
        HttpResponse<byte[]> unknown = server.get("/api/blueprints/dmeo/schema");
        assertThat(unknown.statusCode()).isEqualTo(404);
        JsonNode error = TestServer.json(unknown);
        assertThat(error.get("error").asText())
                .isEqualTo(CliRun.of(catalog, work, "describe", "dmeo", "--format", "json-schema").error())
                .startsWith("unknown blueprint 'dmeo'").contains("did you mean 'demo'");
        assertThat(error.get("parameters")).isEmpty();
        assertThat(error.get("exitCode").asInt()).isEqualTo(2);

        HttpResponse<byte[]> version = server.get("/api/blueprints/demo@9.9.9/schema");
        assertThat(version.statusCode()).isEqualTo(404);
        assertThat(TestServer.json(version).get("error").asText()).startsWith("unknown version 9.9.9 of blueprint 'demo'");

        assertThat(server.get("/api/blueprints/demo/schema?with=nope").statusCode()).isEqualTo(404);
    }

    @Test
    void aLayerThatDoesNotFitIs400() {
        HttpResponse<byte[]> response = server.get("/api/blueprints/demo/schema?with=demo");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(response).get("error").asText()).startsWith("'demo' is not a layer of blueprint 'demo'");
    }

    @Test
    void anUnknownApiPathIsJson404AndEachRequestIsLoggedOnOneLine() {
        HttpResponse<byte[]> response = server.get("/api/nothing");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(TestServer.json(response).get("error").asText()).isEqualTo("nothing at GET /api/nothing");
        server.get("/api/blueprints");
        assertThat(server.log.toString().lines().toList())
                .anySatisfy(line -> assertThat(line).matches("GET /api/nothing 404 \\d+ ms"))
                .anySatisfy(line -> assertThat(line).matches("GET /api/blueprints 200 \\d+ ms"));
    }
}

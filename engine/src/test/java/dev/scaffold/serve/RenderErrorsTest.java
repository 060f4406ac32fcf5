package dev.scaffold.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaffold.catalog.Catalog;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/render} refusals: the CLI's own message for the same answers as {@code -P}, the
 * parameters it is about, and a status per kind of error.
 */
class RenderErrorsTest {

    @TempDir
    Path work;

    private Catalog catalog;
    private TestServer server;

    @BeforeEach
    void start() {
        catalog = SiteBlueprint.catalog(work.resolve("blueprints"));
        server = new TestServer(catalog, work);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The API's error for these answers, checked against {@code scaffold new -b site -P ...} with the same. */
    private JsonNode refused(int status, String answers, String... assignments) {
        HttpResponse<byte[]> response = server.postJson("/api/render?dryRun=true",
                "{\"blueprint\": \"site\", \"answers\": " + answers + "}");
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode error = TestServer.json(response);
        List<String> args = new ArrayList<>(List.of("new", "-b", "site", "-o", "out", "--no-input"));
        for (String assignment : assignments) {
            args.addAll(List.of("-P", assignment));
        }
        CliRun cli = CliRun.of(catalog, work, args.toArray(String[]::new));
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(error.get("error").asText()).isEqualTo(cli.error());
        assertThat(error.get("exitCode").asInt()).isEqualTo(2);
        return error.get("parameters");
    }

    private static List<String> names(JsonNode parameters) {
        List<String> names = new ArrayList<>();
        parameters.forEach(name -> names.add(name.asText()));
        return names;
    }

    @Test
    void anInvalidValueNamesItsParameter() {
        assertThat(names(refused(400, "{\"owner\": \"ann\", \"zones\": \"many\"}", "owner=ann", "zones=many")))
                .containsExactly("zones");
        assertThat(names(refused(400, "{\"owner\": \"ann\", \"instanceTypes\": [\"c5\", \"M5!\"]}", "owner=ann",
                "instanceTypes=c5,M5!"))).containsExactly("instanceTypes");
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        assertThat(names(refused(400, "{}"))).containsExactly("owner");
    }

    @Test
    void aParameterThatDoesNotApplyIsNamed() {
        assertThat(names(refused(400, "{\"owner\": \"ann\", \"computeType\": \"fargate\", \"instanceTypes\": [\"c5\"]}",
                "owner=ann", "computeType=fargate", "instanceTypes=c5"))).containsExactly("instanceTypes");
    }

    @Test
    void aBrokenRuleNamesTheParametersItReads() {
        assertThat(names(refused(400, "{\"owner\": \"ann\", \"nats\": 3}", "owner=ann", "nats=3")))
                .containsExactlyInAnyOrder("nats", "zones");
    }

    @Test
    void anUnknownParameterIsNamed() {
        assertThat(names(refused(400, "{\"owner\": \"ann\", \"zone\": 3}", "owner=ann", "zone=3"))).containsExactly("zone");
    }

    @Test
    void typedJsonValuesAreTheTextsTheCliTakes() {
        HttpResponse<byte[]> response = server.postJson("/api/render?dryRun=true", """
                {"blueprint": "site", "answers": {"owner": "ann", "zones": 3, "nats": 3, "instanceTypes": ["m5", "c6g"]}}""");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = TestServer.json(response);
        assertThat(body.at("/files/0/content").asText()).isEqualTo("ann ec2 m5 c6g\n");
        assertThat(body.get("command").asText())
                .isEqualTo("scaffold new -b site -o site --no-input -P owner=ann -P instanceTypes=m5,c6g -P zones=3 -P nats=3");
    }

    @Test
    void aListItemWithACommaOrAnObjectValueIsRefusedByName() {
        HttpResponse<byte[]> comma = server.postJson("/api/render?dryRun=true",
                "{\"blueprint\": \"site\", \"answers\": {\"owner\": \"ann\", \"instanceTypes\": [\"a,b\"]}}");
        assertThat(comma.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(comma).get("parameters").get(0).asText()).isEqualTo("instanceTypes");
        HttpResponse<byte[]> object = server.postJson("/api/render?dryRun=true",
                "{\"blueprint\": \"site\", \"answers\": {\"owner\": {\"name\": \"ann\"}}}");
        assertThat(object.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(object).get("error").asText()).startsWith("invalid value for parameter 'owner'");
    }

    @Test
    void anUnknownBlueprintVersionOrLayerIs404() {
        HttpResponse<byte[]> blueprint = server.postJson("/api/render", "{\"blueprint\": \"sight\", \"answers\": {}}");
        assertThat(blueprint.statusCode()).isEqualTo(404);
        assertThat(TestServer.json(blueprint).get("error").asText())
                .isEqualTo(CliRun.of(catalog, work, "new", "-b", "sight", "-o", "out", "--no-input").error());
        HttpResponse<byte[]> version = server.postJson("/api/render",
                "{\"blueprint\": \"site\", \"version\": \"0.9.0\", \"answers\": {\"owner\": \"ann\"}}");
        assertThat(version.statusCode()).isEqualTo(404);
        assertThat(TestServer.json(version).get("error").asText()).startsWith("unknown version 0.9.0 of blueprint 'site'");
        assertThat(server.postJson("/api/render", "{\"blueprint\": \"site\", \"with\": [\"nope\"]}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aBodyThatIsNotJsonIs415AndMalformedJsonIs400() {
        HttpResponse<byte[]> text = server.post("/api/render", "text/plain", "{\"blueprint\": \"site\"}");
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(TestServer.json(text).get("error").asText()).startsWith("the request body must be JSON");
        assertThat(server.post("/api/render", null, "{}").statusCode()).isEqualTo(415);
        HttpResponse<byte[]> malformed = server.postJson("/api/render", "{\"blueprint\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(malformed).get("error").asText()).startsWith("the request body is not JSON");
        assertThat(TestServer.json(server.postJson("/api/render", "[]")).get("error").asText())
                .startsWith("the request body must be a JSON object");
        assertThat(TestServer.json(server.postJson("/api/render", "{\"answers\": {}}")).get("error").asText())
                .isEqualTo("the request body has no \"blueprint\"");
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String padding = "x".repeat(ServeSettings.MAX_BODY);
        HttpResponse<byte[]> response = server.postJson("/api/render",
                "{\"blueprint\": \"site\", \"answers\": {\"owner\": \"" + padding + "\"}}");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(TestServer.json(response).get("error").asText()).isEqualTo("the request body is over the limit of 256 KiB");
        assertThat(server.postJson("/api/render?dryRun=true", "{\"blueprint\": \"site\", \"answers\": {\"owner\": \"ann\"}}")
                .statusCode()).isEqualTo(200);
        assertThat(server.log.toString()).contains("POST /api/render 413 ");
    }
}

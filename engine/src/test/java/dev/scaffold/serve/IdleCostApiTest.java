package dev.scaffold.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaffold.Fixtures;
import dev.scaffold.catalog.Catalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The idle cost the catalog and the review step show: the engine's own estimate (IdleCost), as the CLI states it. */
class IdleCostApiTest {

    @TempDir
    Path work;

    @Test
    void theCatalogShowsTheIdleCostAtTheDefaultsThatListFormatJsonShows() throws Exception {
        Catalog catalog = Catalog.bundled();
        try (TestServer server = new TestServer(catalog, work)) {
            JsonNode list = TestServer.json(server.get("/api/blueprints"));
            JsonNode cli = TestServer.JSON.readTree(CliRun.of(catalog, work, "list", "--format", "json").out());
            for (int i = 0; i < cli.size(); i++) {
                assertThat(list.get(i).get("idleCost")).isEqualTo(cli.get(i).get("idleCost")).isNotNull();
            }
            JsonNode hobbyist = list.findParents("id").stream().filter(node -> node.get("id").asText().equals("hobbyist"))
                    .findFirst().orElseThrow();
            assertThat(hobbyist.at("/idleCost/monthlyUsd").decimalValue()).isPositive();
            assertThat(hobbyist.get("layers").get(0).asText()).isEqualTo("step-functions");
        }
    }

    @Test
    void theDryRunEstimatesTheChosenAnswers() {
        Catalog catalog = Catalog.bundled();
        try (TestServer server = new TestServer(catalog, work)) {
            JsonNode atDefaults = TestServer.json(server.postJson("/api/render?dryRun=true", "{\"blueprint\": \"hobbyist\"}"));
            JsonNode listed = TestServer.json(server.get("/api/blueprints")).findParents("id").stream()
                    .filter(node -> node.get("id").asText().equals("hobbyist")).findFirst().orElseThrow();
            assertThat(atDefaults.at("/idleCost/monthlyUsd").decimalValue())
                    .isEqualByComparingTo(listed.at("/idleCost/monthlyUsd").decimalValue());
            assertThat(atDefaults.at("/idleCost/lines")).isNotEmpty()
                    .allSatisfy(line -> assertThat(line.get("item").asText()).isNotBlank());
            assertThat(atDefaults.at("/idleCost/lines/0/monthlyUsd").isNumber()).isTrue();

            JsonNode without = TestServer.json(server.postJson("/api/render?dryRun=true",
                    "{\"blueprint\": \"hobbyist\", \"answers\": {\"metadataService\": false}}"));
            assertThat(without.at("/idleCost/monthlyUsd").decimalValue())
                    .isLessThan(atDefaults.at("/idleCost/monthlyUsd").decimalValue());
            assertThat(without.get("command").asText()).endsWith("--no-input -P metadataService=false");
        }
    }

    @Test
    void aBlueprintThatDeclaresNoIdleCostHasNone() {
        try (TestServer server = new TestServer(Fixtures.catalog(), work)) {
            JsonNode dryRun = TestServer.json(server.postJson("/api/render?dryRun=true", "{\"blueprint\": \"demo\"}"));
            assertThat(dryRun.has("idleCost")).isFalse();
            assertThat(dryRun.get("command").asText()).isEqualTo("scaffold new -b demo -o my-demo --no-input");
        }
    }
}

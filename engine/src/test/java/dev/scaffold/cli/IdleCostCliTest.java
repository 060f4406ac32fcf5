package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.IdleCostFixtures;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The idle-cost estimate in {@code list --format json}, {@code new --dry-run} and {@code describe}. */
class IdleCostCliTest {

    @TempDir
    Path work;

    private Catalog catalog;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void catalog() throws Exception {
        catalog = IdleCostFixtures.catalog(work.resolve("blueprints"));
    }

    private int run(String... args) {
        CommandLine cli = ScaffoldCli.create(new CliEnvironment(() -> catalog, new BufferedReader(new StringReader("")), false));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void listInJsonGivesEachBlueprintItsIdleCostAtTheDefaults() throws Exception {
        assertThat(run("list", "--format", "json")).isZero();
        JsonNode list = new ObjectMapper().readTree(out.toString());
        assertThat(list.get(1).path("id").asText()).isEqualTo("site");
        assertThat(list.get(1).path("idleCost").path("monthlyUsd").decimalValue()).isEqualByComparingTo("76.57");
        assertThat(list.get(1).path("idleCost").path("summary").asText())
                .isEqualTo("about $76.57/month idle at the defaults (list prices, us-east-1)");
        assertThat(list.get(0).path("idleCost").path("summary").asText())
                .isEqualTo("adds about $1.25/month idle at the defaults (list prices, us-east-1)");
    }

    @Test
    void aDryRunEndsWithTheEstimateOfTheChosenOptions() {
        assertThat(run("new", "-b", "site", "--with", "schedule", "-o", work.resolve("p").toString(), "--dry-run", "--no-input",
                "-P", "database=false", "-P", "zones=3")).isZero();
        // 6.49 (2 tasks) + 87.60 (3 zones) + 0.50 (withSchedule) + 1.25 (1 table)
        assertThat(out.toString()).endsWith("Idle cost: about $95.84/month (list prices, us-east-1)" + System.lineSeparator());
    }

    @Test
    void describePrintsEachLineWithItsArithmeticAndCondition() {
        assertThat(run("describe", "site")).isZero();
        assertThat(out.toString())
                .contains("Idle cost (a month while no flow runs, list prices, us-east-1), $76.57 at the defaults:")
                .contains("  $11.68  database, small (730 h × $0.016)  when database && !large")
                .contains("  $3.24485 × tasks  task memory, 1 GB (730 h × $0.004445 a task)")
                .contains("  $0.50  scheduler  when withSchedule");
    }

    @Test
    void describeInJsonListsTheEntries() throws Exception {
        assertThat(run("describe", "site", "--format", "json")).isZero();
        JsonNode idleCost = new ObjectMapper().readTree(out.toString()).path("idleCost");
        assertThat(idleCost.path("monthlyUsd").decimalValue()).isEqualByComparingTo("76.57");
        assertThat(idleCost.path("entries").get(2).path("perUnit").asText()).isEqualTo("tasks");
        assertThat(idleCost.path("entries").get(0).path("when").asText()).isEqualTo("database && !large");
    }
}

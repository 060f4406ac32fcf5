package dev.scaffold.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.params.Answers;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link IdleCost}: the lines of the manifests' {@code idleCost:} that apply to the answers, and their total. */
class IdleCostTest {

    private static List<Blueprint> site(Path root, String... layers) throws IOException {
        return IdleCostFixtures.catalog(root).compose("site", List.of(layers)).parts();
    }

    private static Answers answers(Map<String, Object> values) {
        return new Answers(values);
    }

    @Test
    void atTheDefaultsEveryApplyingLineRoundedToCentsAndTheirSum(@TempDir Path root) throws IOException {
        IdleCostEstimate estimate = IdleCost.atDefaults(site(root));
        assertThat(estimate.lines()).extracting(IdleCostEstimate.Line::item).containsExactly(
                "database, small", "task memory, 1 GB × 2 (tasks)", "endpoints, per zone × 2 (zones)", "logs");
        // 2 × 3.24485 = 6.4897: the product is rounded, not the unit price (2 × 3.24 would be 6.48)
        assertThat(estimate.lines()).extracting(IdleCostEstimate.Line::monthlyUsd).containsExactly(
                new BigDecimal("11.68"), new BigDecimal("6.49"), new BigDecimal("58.40"), new BigDecimal("0.00"));
        assertThat(estimate.monthlyUsd()).isEqualTo(new BigDecimal("76.57"));
        assertThat(estimate.summary()).isEqualTo("about $76.57/month (list prices, us-east-1)");
    }

    @Test
    void conditionsReadAnswersAndDerivedValues(@TempDir Path root) throws IOException {
        List<Blueprint> site = site(root);
        IdleCostEstimate large = IdleCost.estimate(site, answers(Map.of("database", true, "engine", "large", "tasks", 3L,
                "zones", 3L)));
        assertThat(large.lines()).extracting(IdleCostEstimate.Line::item).first().isEqualTo("database, large");
        assertThat(large.monthlyUsd()).isEqualTo(new BigDecimal("197.33")); // 100 + 9.73 (3 × 3.24485 = 9.73455) + 87.60
        IdleCostEstimate noDatabase = IdleCost.estimate(site, answers(Map.of("database", false, "engine", "small",
                "tasks", 2L, "zones", 2L)));
        assertThat(noDatabase.monthlyUsd()).isEqualTo(new BigDecimal("64.89"));
    }

    @Test
    void aPerUnitParameterThatDoesNotApplyDropsItsLine(@TempDir Path root) throws IOException {
        IdleCostEstimate estimate = IdleCost.estimate(site(root), answers(Map.of("database", false, "existingVpc", "vpc-0a",
                "tasks", 2L, "engine", "small")));
        assertThat(estimate.lines()).extracting(IdleCostEstimate.Line::item).containsExactly("task memory, 1 GB × 2 (tasks)", "logs");
        assertThat(estimate.monthlyUsd()).isEqualTo(new BigDecimal("6.49"));
    }

    @Test
    void aLayerAddsItsLinesAndItsFlagTurnsOnTheBaseLinesThatReadIt(@TempDir Path root) throws IOException {
        IdleCostEstimate estimate = IdleCost.atDefaults(site(root, "schedule"));
        assertThat(estimate.lines()).extracting(IdleCostEstimate.Line::item)
                .contains("scheduler", "table × 1 (tables)").last().isEqualTo("table × 1 (tables)");
        assertThat(estimate.monthlyUsd()).isEqualTo(new BigDecimal("78.32"));
    }

    @Test
    void withoutIdleCostLinesNothingIsDeclared(@TempDir Path root) throws IOException {
        Catalog catalog = IdleCostFixtures.catalog(root, IdleCostFixtures.SITE.substring(0, IdleCostFixtures.SITE.indexOf("idleCost:")));
        assertThat(IdleCost.declared(catalog.compose("site", List.of()).parts())).isFalse();
        assertThat(IdleCost.atDefaults(catalog.compose("site", List.of()).parts()).monthlyUsd()).isEqualTo(new BigDecimal("0.00"));
    }
}

package dev.scaffold.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.ScaffoldException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code idleCost:} in a manifest, checked when the catalog loads: each problem one line naming the blueprint and entry. */
class IdleCostManifestTest {

    private static final String HEAD = """
            id: site
            version: 1.0.0
            kind: project
            description: d
            parameters:
              - {name: database, type: boolean, help: h, default: true}
              - {name: zones, type: integer, help: h, default: 2}
            idleCost:
              - {item: endpoints, monthlyUsd: 29.2, perUnit: zones, arithmetic: "4 × 730 h × $0.01"}
            """;

    private static Blueprint load(Path root, String entry) throws Exception {
        return IdleCostFixtures.catalog(root, HEAD + entry).get("site");
    }

    private static void fails(Path root, String entry, String message) {
        assertThatThrownBy(() -> load(root, entry)).isInstanceOf(ScaffoldException.class)
                .hasMessageContaining("blueprint manifest " + root.resolve("site").resolve("blueprint.yaml") + " is invalid: ")
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void readsItemAmountArithmeticUnitAndCondition(@TempDir Path root) throws Exception {
        Blueprint site = load(root, "  - {item: database, monthlyUsd: 11.68, when: database}\n");
        assertThat(site.idleCost()).hasSize(2);
        IdleCostEntry endpoints = site.idleCost().get(0);
        assertThat(endpoints.monthlyUsd()).isEqualByComparingTo("29.20");
        assertThat(endpoints.perUnit()).isEqualTo("zones");
        assertThat(endpoints.arithmetic()).isEqualTo("4 × 730 h × $0.01");
        assertThat(site.idleCost().get(1).when()).hasToString("database");
    }

    @Test
    void aNegativeAmountNamesTheEntry(@TempDir Path root) {
        fails(root, "  - {item: refund, monthlyUsd: -1.5}\n", "idleCost entry 2 of site ('refund') has a negative monthlyUsd (-1.5)");
    }

    @Test
    void anAmountMustBeANumber(@TempDir Path root) {
        fails(root, "  - {item: nat, monthlyUsd: '32.85'}\n", "idleCost entry 2 of site ('nat') needs monthlyUsd, a number");
        fails(root.resolve("b"), "  - {item: nat}\n", "idleCost entry 2 of site ('nat') needs monthlyUsd");
    }

    @Test
    void aBrokenConditionNamesTheEntry(@TempDir Path root) {
        fails(root, "  - {item: db, monthlyUsd: 1, when: 'database &&'}\n",
                "idleCost entry 2 of site ('db') has a broken when: condition ends too early: database &&");
    }

    @Test
    void aConditionReadsOnlyKnownNames(@TempDir Path root) {
        fails(root, "  - {item: db, monthlyUsd: 1, when: databse}\n",
                "idleCost entry 2 of site ('db') (when: databse) reads unknown 'databse'; did you mean 'database'?");
    }

    @Test
    void perUnitNamesAnIntegerParameter(@TempDir Path root) {
        fails(root, "  - {item: db, monthlyUsd: 1, perUnit: database}\n",
                "idleCost entry 2 of site ('db') has perUnit 'database', which is not an integer parameter of this blueprint");
    }

    @Test
    void anUnknownFieldIsATypoNotIgnored(@TempDir Path root) {
        fails(root, "  - {item: db, monthlyUsd: 1, perunit: zones}\n",
                "idleCost entry 2 of site ('db') has unknown field 'perunit'; did you mean 'perUnit'?");
    }

    @Test
    void anEntryNeedsAnItem(@TempDir Path root) {
        fails(root, "  - {monthlyUsd: 1}\n", "idleCost entry 2 of site needs an item");
    }

    @Test
    void aLayerFlagMustBeALayerOfTheBlueprint(@TempDir Path root) {
        assertThatThrownBy(() -> load(root, "  - {item: db, monthlyUsd: 1, when: withNothing}\n"))
                .hasMessageContaining("blueprint site reads 'withNothing', but no layer of it has that flag");
    }

    @Test
    void theTemplateVariableOfTheTotalIsReserved(@TempDir Path root) {
        assertThatThrownBy(() -> IdleCostFixtures.catalog(root, HEAD.replace("name: zones", "name: idleCostMonthlyUsd")
                .replace("perUnit: zones", "perUnit: idleCostMonthlyUsd")))
                .hasMessageContaining("'idleCostMonthlyUsd' is the name templates see the idle cost under");
    }
}

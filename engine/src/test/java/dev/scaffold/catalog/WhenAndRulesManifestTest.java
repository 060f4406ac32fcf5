package dev.scaffold.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.Fixtures;
import dev.scaffold.params.Condition;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code when:} on a parameter and {@code rules:} in a manifest, checked when the catalog loads. */
class WhenAndRulesManifestTest {

    private static final String HEAD = """
            id: site
            version: 1.0.0
            kind: project
            description: d
            parameters:
              - name: zones
                type: integer
                help: h
                default: 2
            """;

    private static String nats(String when) {
        return """
                  - name: nats
                    type: integer
                    help: h
                    default: 1
                    when: %s
                """.formatted(when);
    }

    private static Blueprint load(Path root, String rest) {
        return Catalog.fromDirectory(Fixtures.blueprint(root, HEAD + rest)).get("site");
    }

    @Test
    void readsWhenAndRules(@TempDir Path root) {
        Blueprint site = load(root, nats("zones > 1") + """
                rules:
                  - condition: nats <= zones
                    message: one NAT per zone at most.
                    when: zones >= 2
                """);
        assertThat(site.parameters().get(1).when()).isEqualTo(Condition.parse("zones > 1"));
        assertThat(site.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.condition()).hasToString("nats <= zones");
            assertThat(rule.message()).isEqualTo("one NAT per zone at most.");
            assertThat(rule.when()).hasToString("zones >= 2");
        });
    }

    @Test
    void whenReadsOnlyParametersDeclaredBeforeIt(@TempDir Path root) {
        assertThatThrownBy(() -> load(root.resolve("a"), nats("nats > 1")))
                .hasMessageContaining("parameter 'nats' (when: nats > 1) reads itself");
        assertThatThrownBy(() -> load(root.resolve("b"), nats("zonez")))
                .hasMessageContaining("reads unknown 'zonez'; did you mean 'zones'?");
        assertThatThrownBy(() -> load(root.resolve("c"), nats("later") + """
                  - name: later
                    type: boolean
                    help: h
                    default: true
                """)).hasMessageContaining("reads 'later', which is declared after it");
    }

    @Test
    void aRuleReadsOnlyKnownParametersAndNeedsAMessage(@TempDir Path root) {
        assertThatThrownBy(() -> load(root.resolve("a"), "rules:\n  - condition: natz <= zones\n    message: m\n"))
                .hasMessageContaining("rule 'natz <= zones' reads unknown parameter 'natz'");
        assertThatThrownBy(() -> load(root.resolve("b"), "rules:\n  - condition: zones <= 3\n"))
                .hasMessageContaining("'message' is required");
        assertThatThrownBy(() -> load(root.resolve("c"), "rules:\n  - condition: zones <=\n    message: m\n"))
                .hasMessageContaining("ends too early");
    }

    @Test
    void aMultichoiceNeedsChoicesAndItsDefaultIsChecked(@TempDir Path root) {
        String queues = """
                  - name: queues
                    type: multichoice
                    help: h
                    default: [spot]
                """;
        assertThatThrownBy(() -> load(root.resolve("a"), queues))
                .hasMessageContaining("multichoice parameter 'queues' needs 'choices'");
        assertThatThrownBy(() -> load(root.resolve("b"), queues + "    choices: [gpu]\n"))
                .hasMessageContaining("queues");
        assertThat(load(root.resolve("c"), queues + "    choices: [spot, gpu]\n").parameters().get(1).defaultValue())
                .isEqualTo(java.util.List.of("spot"));
    }
}

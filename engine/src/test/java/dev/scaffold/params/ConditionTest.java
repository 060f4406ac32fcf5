package dev.scaffold.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTest {

    private final Map<String, Object> values = Map.of(
            "service", true, "spot", false, "compute", "fargate", "types", List.of(), "name", "", "max", 0L);

    @Test
    void evaluatesNamesComparisonsAndOperators() {
        assertThat(Condition.parse("service").test(values)).isTrue();
        assertThat(Condition.parse("!spot").test(values)).isTrue();
        assertThat(Condition.parse("compute == 'fargate'").test(values)).isTrue();
        assertThat(Condition.parse("compute != 'fargate'").test(values)).isFalse();
        assertThat(Condition.parse("service && spot").test(values)).isFalse();
        assertThat(Condition.parse("spot || compute == 'fargate'").test(values)).isTrue();
        assertThat(Condition.parse("!(spot || service)").test(values)).isFalse();
        assertThat(Condition.parse("max == 0").test(values)).isTrue();
    }

    @Test
    void treatsEmptyValuesAsFalse() {
        assertThat(Condition.parse("types").test(values)).isFalse();
        assertThat(Condition.parse("name").test(values)).isFalse();
        assertThat(Condition.parse("max").test(values)).isFalse();
        assertThat(Condition.parse("unknown").test(values)).isFalse();
    }

    @Test
    void listsTheNamesItReads() {
        assertThat(Condition.parse("a && (b || c != 'x')").names()).containsExactly("a", "b", "c");
    }

    @Test
    void failsOnMalformedExpressions() {
        assertThatThrownBy(() -> Condition.parse("a &&")).hasMessageContaining("ends too early");
        assertThatThrownBy(() -> Condition.parse("a == b")).hasMessageContaining("quoted value");
        assertThatThrownBy(() -> Condition.parse("(a")).hasMessageContaining("expected ')'");
        assertThatThrownBy(() -> Condition.parse("a b")).hasMessageContaining("unexpected 'b'");
        assertThatThrownBy(() -> Condition.parse("a # b")).hasMessageContaining("cannot read");
    }
}

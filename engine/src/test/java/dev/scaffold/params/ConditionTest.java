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
    void comparesWholeNumbersAndListSizes() {
        Map<String, Object> numbers = Map.of("nats", 3L, "zones", 2L, "subnets", List.of("a", "b"), "none", "");
        assertThat(Condition.parse("nats <= zones").test(numbers)).isFalse();
        assertThat(Condition.parse("nats > zones").test(numbers)).isTrue();
        assertThat(Condition.parse("zones >= 2 && zones < 3").test(numbers)).isTrue();
        assertThat(Condition.parse("size(subnets) >= 2").test(numbers)).isTrue();
        assertThat(Condition.parse("size(subnets) > zones").test(numbers)).isFalse();
        assertThat(Condition.parse("nats == size(subnets)").test(numbers)).isFalse();
        assertThat(Condition.parse("3 > zones").test(numbers)).isTrue();
        assertThat(Condition.parse("size(subnets)").test(numbers)).isTrue();
        assertThat(Condition.parse("!none || size(subnets) >= 2").test(numbers)).isTrue();
        assertThat(Condition.parse("none < 2").test(numbers)).as("not a number").isFalse();
        assertThat(Condition.parse("size(none) >= 0").test(numbers)).as("not a list").isFalse();
        assertThat(Condition.parse("size(a) >= 2 && b").names()).containsExactly("a", "b");
    }

    @Test
    void matchesRegularExpressionsAndDnsZones() {
        Map<String, Object> texts = Map.of("type", "t4g.small", "host", "metaflow.acme.io", "zone", "acme.io",
                "other", "evilacme.io", "count", 3L);
        assertThat(Condition.parse("type =~ '^t[0-9]+g?[.](micro|small)$'").test(texts)).isTrue();
        assertThat(Condition.parse("type =~ 'large'").test(texts)).isFalse();
        assertThat(Condition.parse("count =~ '3'").test(texts)).as("not a text").isFalse();
        assertThat(Condition.parse("host inZone zone").test(texts)).isTrue();
        assertThat(Condition.parse("zone inZone zone").test(texts)).isTrue();
        assertThat(Condition.parse("other inZone zone").test(texts)).isFalse();
        assertThat(Condition.parse("host inZone missing").test(texts)).isFalse();
        assertThat(Condition.parse("host inZone zone").names()).containsExactly("host", "zone");
        assertThatThrownBy(() -> Condition.parse("type =~ large")).hasMessageContaining("quoted regular expression");
    }

    @Test
    void readsAParameterThatDoesNotApplyAsUnanswered() {
        Map<String, Object> gated = Map.of("types", new NotApplicable("types", "types applies only when x"));
        assertThat(Condition.parse("types").test(gated)).isFalse();
        assertThat(Condition.parse("types != 'c5'").test(gated)).isTrue();
        assertThat(Condition.parse("size(types) >= 0").test(gated)).isFalse();
    }

    @Test
    void describesSimpleConditionsInWords() {
        assertThat(Condition.parse("computeType == 'ec2'").inWords(name -> false)).isEqualTo("computeType is ec2");
        assertThat(Condition.parse("spotQueue").inWords(name -> true)).isEqualTo("spotQueue is true");
        assertThat(Condition.parse("!existingVpcId").inWords(name -> false)).isEqualTo("existingVpcId is empty");
        assertThat(Condition.parse("a && b").inWords(name -> false)).isEqualTo("a && b");
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
        assertThatThrownBy(() -> Condition.parse("size(3) > 1")).hasMessageContaining("list parameter in size");
        assertThatThrownBy(() -> Condition.parse("2")).hasMessageContaining("a number alone");
        assertThatThrownBy(() -> Condition.parse("a < 'x'")).hasMessageContaining("expected a parameter name");
    }
}

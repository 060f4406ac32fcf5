package dev.scaffold.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DerivedTest {

    private static Object derive(String transform, Object value) {
        return new Derived("x", "v", transform, null).compute(Map.of("v", value));
    }

    @Test
    void computesNamesForCode() {
        assertThat(derive("path", "com.example.metaflow")).isEqualTo("com/example/metaflow");
        assertThat(derive("pascal", "my-metaflow")).isEqualTo("MyMetaflow");
        assertThat(derive("pascal", "myMetaflow2")).isEqualTo("MyMetaflow2");
        assertThat(derive("camel", "my_metaflow")).isEqualTo("myMetaflow");
        assertThat(derive("upper-snake", "my-metaflow")).isEqualTo("MY_METAFLOW");
        assertThat(derive("quoted-csv", List.of("c5.large", "m5.large"))).isEqualTo("\"c5.large\", \"m5.large\"");
    }

    @Test
    void computesFlagsFromConditions() {
        Derived fargate = new Derived("fargate", null, null, Condition.parse("compute == 'fargate'"));
        assertThat(fargate.compute(Map.of("compute", "fargate"))).isEqualTo(true);
        assertThat(fargate.compute(Map.of("compute", "ec2"))).isEqualTo(false);
    }

    @Test
    void failsForUnknownTransformsOrIncompleteDefinitions() {
        assertThatThrownBy(() -> new Derived("x", "v", "reverse", null)).hasMessageContaining("unknown transform 'reverse'");
        assertThatThrownBy(() -> new Derived("x", "v", null, null)).hasMessageContaining("either 'from' and 'transform', or 'when'");
    }
}

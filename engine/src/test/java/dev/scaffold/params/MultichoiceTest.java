package dev.scaffold.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code multichoice}: a list limited to its choices, each once; {@code 'gpu' in queues} reads it. */
class MultichoiceTest {

    private static final Parameter QUEUES = new Parameter("queues", ParameterType.MULTICHOICE, "Extra queues",
            "Which extra Batch queues to create.", List.of("spot"), false, null, null, null, List.of("spot", "gpu"), null,
            false);
    private static final Parameter GPU_MAX = new Parameter("gpuMaxVcpus", ParameterType.INTEGER, null, "GPU vCPUs.", 64L,
            false, null, 1L, null, List.of(), null, false, null, Condition.parse("'gpu' in queues"));
    private static final List<Parameter> PARAMETERS = List.of(QUEUES, GPU_MAX);

    private static Answers resolve(Map<String, String> given) {
        return new AnswerResolver(PARAMETERS, List.of(), Optional.empty()).resolve(given, Map.of());
    }

    @Test
    void takesAnyOfItsChoicesEachOnce() {
        assertThat(resolve(Map.of("queues", "gpu,spot")).values()).containsEntry("queues", List.of("gpu", "spot"))
                .containsEntry("gpuMaxVcpus", 64L);
        assertThat(resolve(Map.of("queues", "")).values()).containsEntry("queues", List.of()).doesNotContainKey("gpuMaxVcpus");
        assertThatThrownBy(() -> resolve(Map.of("queues", "spot,tpu")))
                .hasMessageContaining("expected a comma-separated list of any of spot, gpu, each once");
        assertThatThrownBy(() -> resolve(Map.of("queues", "spot,spot"))).hasMessageContaining("each once");
    }

    @Test
    void aConditionAsksWhetherAChoiceIsIn() {
        assertThat(Condition.parse("'gpu' in queues").test(Map.of("queues", List.of("spot", "gpu")))).isTrue();
        assertThat(Condition.parse("'gpu' in queues").test(Map.of("queues", List.of("spot")))).isFalse();
        assertThat(Condition.parse("'gpu' in queues").test(Map.of())).isFalse();
        assertThat(Condition.parse("!('gpu' in queues)").names()).containsExactly("queues");
        assertThatThrownBy(() -> Condition.parse("'gpu' queues")).hasMessageContaining("expected 'in'");
        assertThatThrownBy(() -> resolve(Map.of("queues", "spot", "gpuMaxVcpus", "8")))
                .hasMessage("gpuMaxVcpus applies only when queues includes gpu: drop -P gpuMaxVcpus=...");
    }

    @Test
    void isAnArrayOfUniqueChoicesInTheSchemaAndItsConditionAContains() {
        ObjectNode schema = FormSchema.of("t", "d", PARAMETERS, List.of());
        assertThat(schema.at("/properties/queues/items/enum").toString()).isEqualTo("[\"spot\",\"gpu\"]");
        assertThat(schema.at("/properties/queues/uniqueItems").asBoolean()).isTrue();
        assertThat(schema.at("/allOf/0/if/properties/queues/contains/const").asText()).isEqualTo("gpu");
        assertThat(FormSchema.problems(schema, Map.of("queues", List.of("gpu"), "gpuMaxVcpus", 8))).isEmpty();
        assertThat(FormSchema.problems(schema, Map.of("queues", List.of("spot"), "gpuMaxVcpus", 8))).isNotEmpty();
        assertThat(FormSchema.problems(schema, Map.of("queues", List.of("spot", "spot")))).isNotEmpty();
    }

    @Test
    void thePromptShowsTheChoicesAndTheSeparator() {
        java.io.StringWriter shown = new java.io.StringWriter();
        Prompter prompter = new Prompter(new java.io.BufferedReader(new java.io.StringReader("gpu\n")),
                new java.io.PrintWriter(shown, true));
        assertThat(prompter.ask(QUEUES)).isEqualTo(List.of("gpu"));
        assertThat(shown.toString()).endsWith("Extra queues (any of spot,gpu; comma-separated) [spot]: ");
    }
}

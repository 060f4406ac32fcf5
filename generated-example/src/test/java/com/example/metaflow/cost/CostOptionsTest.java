package com.example.metaflow.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Cost tags as Netflix/metaflow reads and checks them: metaflow/metaflow_config.py
 * (BATCH_EMIT_TAGS = from_conf(..., False), BATCH_DEFAULT_TAGS = from_conf(..., {}), which
 * metaflow_config_funcs.py from_conf json.loads from a string and requires to be a dict), and
 * plugins/aws/aws_utils.py validate_aws_tag (no aws: prefix, 128/256 characters, [A-Za-z0-9\s+-=._:/@]).
 */
class CostOptionsTest {

    @Test
    void emitsBatchTagsAndTheDefaultTagsAsAJsonObject() throws Exception {
        CostOptions cost = CostOptions.builder().tags("team=ml", "env=prod", "path=a/b=c").build();

        Map<String, String> config = cost.configValues();

        assertEquals(Set.of("METAFLOW_BATCH_EMIT_TAGS", "METAFLOW_BATCH_DEFAULT_TAGS"), config.keySet());
        // from_conf turns "true" into True for a bool default: value.lower() not in ("0", "false", "").
        assertEquals("true", config.get("METAFLOW_BATCH_EMIT_TAGS"));
        // The value splits at the first "=" only, as Metaflow's --aws-batch-tag key=value does (batch_cli.py).
        assertEquals(Map.of("team", "ml", "env", "prod", "path", "a/b=c"), new ObjectMapper().readValue(
                config.get("METAFLOW_BATCH_DEFAULT_TAGS"), new TypeReference<Map<String, String>>() { }));
        assertEquals(List.of("env", "path", "team"), List.copyOf(cost.tags().keySet()));
    }

    @Test
    void withoutTagsOnlyEmitsMetaflowsOwnAndCanBeTurnedOff() {
        assertEquals(Map.of("METAFLOW_BATCH_EMIT_TAGS", "true"), CostOptions.builder().build().configValues());
        assertEquals(Map.of(), CostOptions.builder().tags(Map.of("team", "ml")).emitBatchTags(false).build().configValues());
    }

    @Test
    void failsOnTagsMetaflowOrAwsBatchWouldReject() {
        fails("aws:", () -> CostOptions.builder().tags("AWS:owner=me").build());
        fails("aws:", () -> CostOptions.builder().tags("owner=aws:me").build());
        fails("values are 1-256 characters", () -> CostOptions.builder().tags("team=").build());
        fails("only letters, digits", () -> CostOptions.builder().tags("team=m\"l").build());
        fails("only letters, digits", () -> CostOptions.builder().tags("team=m\nl").build());
        fails("keys are 1-128 characters", () -> CostOptions.builder().tags("k".repeat(129) + "=v").build());
        fails("is not key=value", () -> CostOptions.builder().tags("team").build());
        fails("given twice", () -> CostOptions.builder().tags("team=ml", "team=cv").build());
        fails("given twice", () -> CostOptions.builder().tags(Map.of("team", "ml")).tags("team=cv").build());
    }

    @Test
    void failsOnMoreTagsThanAJobHasRoomForBesideMetaflowsOwn() {
        List<String> tags = IntStream.rangeClosed(1, CostTags.MAX_TAGS + 1).mapToObj(i -> "k" + i + "=v").toList();

        fails("at most 40", () -> CostOptions.builder().tags(tags.toArray(String[]::new)).build());
        assertEquals(40, CostOptions.builder().tags(tags.subList(0, 40).toArray(String[]::new)).build().tags().size());
    }

    @Test
    void aBudgetNeedsAnAmountAndAnAddress() {
        CostOptions cost = CostOptions.builder().monthlyBudget(100).budgetEmail("ops@example.com").build();

        assertEquals(Optional.of(100), cost.monthlyBudget());
        assertEquals(Optional.of("ops@example.com"), cost.budgetEmail());
        assertEquals(Optional.empty(), CostOptions.builder().build().monthlyBudget());
        fails("go together", () -> CostOptions.builder().monthlyBudget(100).build());
        fails("go together", () -> CostOptions.builder().budgetEmail("ops@example.com").build());
        fails("at least 1", () -> CostOptions.builder().monthlyBudget(0).budgetEmail("ops@example.com").build());
        fails("not an e-mail address", () -> CostOptions.builder().monthlyBudget(10).budgetEmail("ops").build());
    }

    private static void fails(String message, Executable build) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, build);
        assertTrue(error.getMessage().contains(message), error.getMessage());
    }
}

package dev.scaffold.params;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import dev.scaffold.ScaffoldException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The form's JSON Schema is valid JSON Schema (draft 2020-12), and it accepts exactly the complete answer
 * sets (defaults filled in, as a form prefilled with them submits) that the engine's own checks accept.
 */
class FormSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final List<Parameter> PARAMETERS = List.of(
            new Parameter("computeType", ParameterType.CHOICE, "Compute", "What runs jobs.", "ec2", false, null, null, null,
                    List.of("ec2", "fargate"), null, false),
            new Parameter("instanceTypes", ParameterType.LIST, null, "Families.", List.of("c5"), false, "^[a-z0-9]+$",
                    null, null, List.of(), null, false, null, Condition.parse("computeType == 'ec2'")),
            new Parameter("existingVpcId", ParameterType.STRING, null, "A VPC.", null, false, "^vpc-[0-9a-f]+$", null, null,
                    List.of(), null, false),
            new Parameter("subnets", ParameterType.LIST, null, "Subnets.", List.of(), false, "^subnet-[0-9a-f]+$", null, null,
                    List.of(), null, false, null, Condition.parse("existingVpcId")),
            new Parameter("zones", ParameterType.INTEGER, null, "Zones.", 2L, false, null, 2L, 3L, List.of(), null, false,
                    null, Condition.parse("!existingVpcId")),
            new Parameter("nats", ParameterType.INTEGER, null, "NATs.", 1L, false, null, 1L, 3L, List.of(), null, false,
                    null, Condition.parse("!existingVpcId")),
            new Parameter("ui", ParameterType.BOOLEAN, null, "A UI.", true, false, null, null, null, List.of(), null, false),
            new Parameter("domain", ParameterType.STRING, null, "Its host.", null, false, "^[a-z.]+$", null, null, List.of(),
                    null, false, Condition.parse("ui")),
            new Parameter("issuer", ParameterType.STRING, null, "Sign-in.", null, true, "^https://[a-z.]+$", null, null,
                    List.of(), null, false, null, Condition.parse("ui")),
            new Parameter("token", ParameterType.STRING, null, "A secret.", null, false, "^[a-z0-9]+$", null, null, List.of(),
                    null, true));
    static final List<Rule> RULES = List.of(
            new Rule(Condition.parse("nats <= zones"), "one NAT per zone at most.", null),
            new Rule(Condition.parse("!existingVpcId || size(subnets) >= 2"), "two subnets with an existing VPC.", null),
            new Rule(Condition.parse("size(instanceTypes) <= 3"), "three families at most.", Condition.parse("ui")),
            new Rule(Condition.parse("!(domain =~ '^www[.]')"), "no www host.", null));
    private static final ObjectNode SCHEMA = FormSchema.of("site 1.0.0", "A site.", PARAMETERS, RULES);

    @Test
    void isValidJsonSchema202012() {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(FormSchema.DIALECT));
        assertThat(meta.validate(JSON.valueToTree(SCHEMA))).isEmpty();
        assertThat(meta.validate(JSON.createObjectNode().put("type", 5))).as("the meta-schema really checks").isNotEmpty();
        assertThat(SCHEMA.path("properties").path("domain").path("description").asText()).isEqualTo("Its host.");
        assertThat(SCHEMA.path("properties").path("computeType").path("title").asText()).isEqualTo("Compute");
        assertThat(SCHEMA.path("properties").path("computeType").path("default").asText()).isEqualTo("ec2");
        assertThat(SCHEMA.path("properties").path("token").path("writeOnly").asBoolean()).isTrue();
        assertThat(SCHEMA.path("x-scaffold-rules")).hasSize(1);
        assertThat(SCHEMA.path("x-scaffold-rules").get(0).path("condition").asText()).isEqualTo("nats <= zones");
    }

    private static Map<String, Object> answers(Object... namesAndValues) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            answers.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return answers;
    }

    static Stream<Arguments> cases() {
        List<String> c5 = List.of("c5");
        return Stream.of(
                Arguments.of("defaults", answers("computeType", "ec2", "instanceTypes", c5, "zones", 2, "nats", 1, "ui", false), true),
                Arguments.of("when false, given", answers("computeType", "fargate", "instanceTypes", c5, "zones", 2, "nats", 1, "ui", false), false),
                Arguments.of("when false, absent", answers("computeType", "fargate", "zones", 2, "nats", 1, "ui", false), true),
                Arguments.of("required when ui, missing", answers("computeType", "fargate", "zones", 2, "nats", 1, "ui", true), false),
                Arguments.of("required when ui, given", answers("computeType", "fargate", "zones", 2, "nats", 1, "ui", true, "domain", "a.io", "issuer", "https://a.io"), true),
                Arguments.of("pattern rule", answers("computeType", "fargate", "zones", 2, "nats", 1, "ui", true, "domain", "www.a.io", "issuer", "https://a.io"), false),
                Arguments.of("required and when, missing", answers("computeType", "fargate", "zones", 2, "nats", 1, "ui", true, "domain", "a.io"), false),
                Arguments.of("required and when, not applicable", answers("computeType", "fargate", "zones", 2, "nats", 1, "ui", false, "issuer", "https://a.io"), false),
                Arguments.of("existing VPC", answers("computeType", "fargate", "existingVpcId", "vpc-1a", "subnets", List.of("subnet-1", "subnet-2"), "ui", false), true),
                Arguments.of("existing VPC, one subnet", answers("computeType", "fargate", "existingVpcId", "vpc-1a", "subnets", List.of("subnet-1"), "ui", false), false),
                Arguments.of("existing VPC, new-VPC zones", answers("computeType", "fargate", "existingVpcId", "vpc-1a", "subnets", List.of("subnet-1", "subnet-2"), "zones", 2, "ui", false), false),
                Arguments.of("zones above maximum", answers("computeType", "fargate", "zones", 5, "nats", 1, "ui", false), false),
                Arguments.of("unknown parameter", answers("computeType", "fargate", "zones", 2, "nats", 1, "ui", false, "zonez", 2), false),
                Arguments.of("bad choice", answers("computeType", "gpu", "zones", 2, "nats", 1, "ui", false), false),
                Arguments.of("bad pattern", answers("computeType", "fargate", "zones", 2, "nats", 1, "ui", false, "token", "A!"), false),
                Arguments.of("rule with when, holds", answers("computeType", "ec2", "instanceTypes", List.of("a1", "b1", "c1", "d1"), "zones", 2, "nats", 1, "ui", false), true),
                Arguments.of("rule with when, broken", answers("computeType", "ec2", "instanceTypes", List.of("a1", "b1", "c1", "d1"), "zones", 2, "nats", 1, "ui", true, "domain", "a.io", "issuer", "https://a.io"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void schemaAndEngineAgree(String name, Map<String, Object> answers, boolean valid) {
        assertThat(engineAccepts(answers)).as("engine").isEqualTo(valid);
        assertThat(FormSchema.problems(SCHEMA, answers)).as("schema").matches(problems -> problems.isEmpty() == valid);
    }

    @Test
    void aRuleJsonSchemaCannotSayIsTheEngineAlonesAndListed() {
        Map<String, Object> answers = answers("computeType", "fargate", "zones", 2, "nats", 3, "ui", false);
        assertThat(engineAccepts(answers)).isFalse();
        assertThat(FormSchema.problems(SCHEMA, answers)).isEmpty();
    }

    /** Whether the engine accepts the answers by its own checks (never by the schema backstop, which would make this vacuous). */
    private static boolean engineAccepts(Map<String, Object> answers) {
        try {
            Answers resolved = new AnswerResolver(PARAMETERS, RULES, Optional.empty()).resolve(Map.of(), answers);
            assertThat(JSON.valueToTree(resolved.values()).toString())
                    .isEqualTo(JSON.valueToTree(new TreeMap<>(answers)).toString());
            return true;
        } catch (ScaffoldException e) {
            assertThat(e.getMessage()).doesNotContain("JSON Schema");
            return false;
        }
    }
}

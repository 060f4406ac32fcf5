package dev.scaffold.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole form of a blueprint composition as one JSON Schema (draft 2020-12), which {@code scaffold
 * describe --format json-schema} prints and the engine validates the resolved answers with.
 *
 * <p>Each parameter is a property (type, pattern, enum, bounds, format, title, help as description,
 * default; a secret is {@code writeOnly}); {@code required: true} without a default is {@code required};
 * {@code when:} is an {@code if}/{@code then}/{@code else}: required (when it is) while the condition holds,
 * forbidden while it is false ({@code unevaluatedProperties: false} forbids unknown ones); {@code required: <condition>} an
 * {@code if}/{@code then} with {@code required}; a rule an {@code if}/{@code then} where JSON Schema can
 * express it, else an entry of {@code x-scaffold-rules}, which the engine alone checks.
 */
public final class FormSchema {

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private FormSchema() {
    }

    /**
     * @param title       e.g. {@code hobbyist 1.3.0 + step-functions 1.2.0}
     * @param description one line on what the form renders
     */
    public static ObjectNode of(String title, String description, List<Parameter> parameters, List<Rule> rules) {
        ConditionSchema conditions = new ConditionSchema(parameters);
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", DIALECT);
        root.put("title", title);
        root.put("description", description);
        root.put("type", "object");
        ObjectNode properties = root.putObject("properties");
        ArrayNode required = JSON.createArrayNode();
        ArrayNode allOf = JSON.createArrayNode();
        ArrayNode engineRules = JSON.createArrayNode();
        for (Parameter parameter : parameters) {
            properties.set(parameter.name(), property(parameter));
            boolean alwaysRequired = parameter.required() && !parameter.hasDefault();
            if (alwaysRequired && parameter.when() == null) {
                required.add(parameter.name());
            }
            if (parameter.when() != null) {
                ObjectNode applies = conditional(conditions.of(parameter.when()), JSON.createObjectNode());
                if (alwaysRequired) {
                    ((ObjectNode) applies.get("then")).putArray("required").add(parameter.name());
                }
                applies.putObject("else").putObject("properties").put(parameter.name(), false);
                allOf.add(applies);
            }
            if (parameter.requiredWhen() != null) {
                ObjectNode then = JSON.createObjectNode();
                then.putArray("required").add(parameter.name());
                Optional<ObjectNode> condition = conditions.of(parameter.requiredWhen());
                if (parameter.when() != null) {
                    condition = condition.flatMap(when -> conditions.of(parameter.when()).map(applies -> both(when, applies)));
                }
                allOf.add(conditional(condition, then));
            }
        }
        for (Rule rule : rules) {
            Optional<ObjectNode> expressed = ruleSchema(rule, parameters, conditions);
            if (expressed.isPresent()) {
                allOf.add(expressed.get());
            } else {
                ObjectNode entry = engineRules.addObject().put("condition", rule.condition().toString())
                        .put("message", rule.message());
                if (rule.when() != null) {
                    entry.put("when", rule.when().toString());
                }
                rule.names().forEach(entry.putArray("parameters")::add);
            }
        }
        if (!required.isEmpty()) {
            root.set("required", required);
        }
        if (!allOf.isEmpty()) {
            root.set("allOf", allOf);
        }
        root.put("unevaluatedProperties", false);
        root.set("x-scaffold-rules", engineRules);
        return root;
    }

    /** Whether a condition has a JSON Schema form (it compares answers only with literals), as {@code when:} needs. */
    public static boolean expressible(Condition condition) {
        return new ConditionSchema(List.of()).of(condition).isPresent();
    }

    /** Why the answers do not match the schema (one message per problem), empty when they do. */
    public static List<String> problems(ObjectNode schema, Map<String, Object> answers) {
        JsonSchema compiled = SCHEMAS.getSchema(schema);
        Set<ValidationMessage> messages = compiled.validate(JSON.valueToTree(answers));
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static ObjectNode property(Parameter parameter) {
        ObjectNode property = JSON.createObjectNode();
        if (parameter.title() != null) {
            property.put("title", parameter.title());
        }
        property.put("description", parameter.help());
        property.setAll(ParameterValidator.schemaOf(parameter));
        if (parameter.format() != null) {
            property.put("format", parameter.format());
        }
        if (parameter.hasDefault()) {
            property.set("default", JSON.valueToTree(parameter.defaultValue()));
        }
        if (parameter.secret()) {
            property.put("writeOnly", true);
        }
        return property;
    }

    /**
     * A rule, checked when its {@code when} holds and every parameter it reads applies: {@code if} those,
     * {@code then} the condition; empty when some part has no JSON Schema form.
     */
    private static Optional<ObjectNode> ruleSchema(Rule rule, List<Parameter> parameters, ConditionSchema conditions) {
        Optional<ObjectNode> then = conditions.of(rule.condition());
        if (then.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode guard = JSON.createObjectNode();
        ArrayNode guards = guard.putArray("allOf");
        if (rule.when() != null) {
            Optional<ObjectNode> when = conditions.of(rule.when());
            if (when.isEmpty()) {
                return Optional.empty();
            }
            guards.add(when.get());
        }
        for (Parameter parameter : parameters) {
            if (rule.names().contains(parameter.name()) && parameter.when() != null) {
                Optional<ObjectNode> applies = conditions.of(parameter.when());
                if (applies.isEmpty()) {
                    return Optional.empty();
                }
                guards.add(applies.get());
            }
        }
        return Optional.of(guards.isEmpty() ? then.get() : conditional(Optional.of(guard), then.get()));
    }

    private static ObjectNode both(ObjectNode a, ObjectNode b) {
        ObjectNode both = JSON.createObjectNode();
        both.putArray("allOf").add(a).add(b);
        return both;
    }

    /** {@code {"if": condition, "then": then}}; without a JSON Schema form of the condition, the engine checks it. */
    private static ObjectNode conditional(Optional<ObjectNode> condition, JsonNode then) {
        ObjectNode node = JSON.createObjectNode();
        node.set("if", condition.orElseThrow(() -> new IllegalArgumentException(
                "a parameter's when:/required: condition has no JSON Schema form: compare with literals only")));
        node.set("then", then);
        return node;
    }
}

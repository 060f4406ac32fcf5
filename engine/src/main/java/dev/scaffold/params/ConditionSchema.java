package dev.scaffold.params;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A {@link Condition} as a JSON Schema that an answers object matches exactly when the condition holds
 * on it, for {@code if}/{@code then}: a name's value against a literal ({@code const}, {@code minimum},
 * {@code minItems}, {@code pattern} for {@code =~}, ...). A comparison of two answers ({@code nats <= zones},
 * {@code host inZone zone}) has no JSON Schema form
 * (2020-12 has no {@code $data}): it is empty then, and the engine alone checks it.
 */
final class ConditionSchema {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Parameter> parameters;

    ConditionSchema(List<Parameter> parameters) {
        this.parameters = parameters.stream().collect(Collectors.toMap(Parameter::name, Function.identity(), (a, b) -> a));
    }

    Optional<ObjectNode> of(Condition condition) {
        return of(condition.root());
    }

    private Optional<ObjectNode> of(ConditionNode node) {
        if (node instanceof ConditionNode.Not not) {
            return of(not.inner()).map(inner -> object().set("not", inner));
        }
        if (node instanceof ConditionNode.Binary binary) {
            return of(binary.left()).flatMap(left -> of(binary.right()).map(right -> {
                ObjectNode both = object();
                both.putArray(binary.and() ? "allOf" : "anyOf").add(left).add(right);
                return both;
            }));
        }
        if (node instanceof ConditionNode.Truthy truthy) {
            return Optional.of(truthy(truthy.name()));
        }
        if (node instanceof ConditionNode.Equals equals) {
            return Optional.of(equals(equals));
        }
        if (node instanceof ConditionNode.Matches matches) {
            return Optional.of(present(matches.name(), object().put("type", "string").put("pattern", matches.pattern().pattern())));
        }
        if (node instanceof ConditionNode.Contains contains) {
            ObjectNode value = object().put("type", "array");
            value.putObject("contains").put("const", contains.item());
            return Optional.of(present(contains.list(), value));
        }
        if (node instanceof ConditionNode.InZone) {
            return Optional.empty();
        }
        return compare((ConditionNode.Compare) node);
    }

    /** {@code true}, a non-empty text or list, a non-zero number. */
    private ObjectNode truthy(String name) {
        ObjectNode value = object();
        switch (typeOf(name)) {
            case BOOLEAN -> value.put("const", true);
            case INTEGER -> value.set("not", object().put("const", 0));
            case LIST, MULTICHOICE -> value.put("minItems", 1);
            default -> value.put("minLength", 1);
        }
        return present(name, value);
    }

    private ObjectNode equals(ConditionNode.Equals equals) {
        ObjectNode value = object();
        switch (typeOf(equals.name())) {
            case BOOLEAN -> value.put("const", Boolean.parseBoolean(equals.literal()));
            case INTEGER -> {
                if (!equals.literal().matches("-?\\d+")) {
                    return object().set("not", object());
                }
                value.put("const", Long.parseLong(equals.literal()));
            }
            default -> value.put("const", equals.literal());
        }
        ObjectNode holds = present(equals.name(), value);
        return equals.negated() ? object().set("not", holds) : holds;
    }

    /** {@code name op number} or {@code number op name} (sides swapped), on the value or its size. */
    private Optional<ObjectNode> compare(ConditionNode.Compare compare) {
        ConditionNode.Operand named = compare.left().name() != null ? compare.left() : compare.right();
        ConditionNode.Operand literal = named == compare.left() ? compare.right() : compare.left();
        if (named.name() == null || literal.name() != null) {
            return Optional.empty();
        }
        String op = named == compare.left() ? compare.op() : flip(compare.op());
        long bound = literal.literal();
        ObjectNode value = object();
        String min = named.size() ? "minItems" : "minimum";
        String max = named.size() ? "maxItems" : "maximum";
        value.put("type", named.size() ? "array" : "integer");
        switch (op) {
            case ">=" -> value.put(min, bound);
            case ">" -> value.put(min, bound + 1);
            case "<=" -> value.put(max, bound);
            case "<" -> value.put(max, bound - 1);
            case "==" -> {
                value.put(min, bound);
                value.put(max, bound);
            }
            default -> value.set("not", object().put(min, bound).put(max, bound));
        }
        if (value.has("minItems") && value.get("minItems").asLong() < 0) {
            value.put("minItems", 0);
        }
        if (value.has("maxItems") && value.get("maxItems").asLong() < 0) {
            return Optional.of(object().set("not", object()));
        }
        return Optional.of(present(named.name(), value));
    }

    private static String flip(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> op;
        };
    }

    /** The answers hold {@code name} and its value matches {@code value}. */
    private static ObjectNode present(String name, ObjectNode value) {
        ObjectNode schema = object();
        schema.putObject("properties").set(name, value);
        schema.putArray("required").add(name);
        return schema;
    }

    private ParameterType typeOf(String name) {
        Parameter parameter = parameters.get(name);
        return parameter == null ? ParameterType.STRING : parameter.type();
    }

    private static ObjectNode object() {
        return JSON.createObjectNode();
    }
}

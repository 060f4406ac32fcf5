package dev.scaffold.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.List;
import java.util.Optional;

/**
 * Checks a typed value against its parameter.
 *
 * <p>Each parameter is described as a JSON Schema (the shape Backstage templates use for their
 * parameters), checked by the networknt validator; named {@link Formats} then check what a schema
 * cannot.
 */
public final class ParameterValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private ParameterValidator() {
    }

    /** The parameter as a JSON Schema (draft 2020-12). */
    public static ObjectNode schemaOf(Parameter parameter) {
        ObjectNode schema = JSON.createObjectNode();
        switch (parameter.type()) {
            case STRING -> {
                schema.put("type", "string");
                if (parameter.pattern() != null) {
                    schema.put("pattern", parameter.pattern());
                }
            }
            case CHOICE -> {
                schema.put("type", "string");
                ArrayNode allowed = schema.putArray("enum");
                parameter.choices().forEach(allowed::add);
            }
            case INTEGER -> {
                schema.put("type", "integer");
                if (parameter.minimum() != null) {
                    schema.put("minimum", parameter.minimum());
                }
                if (parameter.maximum() != null) {
                    schema.put("maximum", parameter.maximum());
                }
            }
            case BOOLEAN -> schema.put("type", "boolean");
            case LIST -> {
                schema.put("type", "array");
                ObjectNode items = schema.putObject("items");
                items.put("type", "string");
                if (parameter.pattern() != null) {
                    items.put("pattern", parameter.pattern());
                }
            }
            case MULTICHOICE -> {
                schema.put("type", "array");
                schema.put("uniqueItems", true);
                ArrayNode allowed = schema.putObject("items").put("type", "string").putArray("enum");
                parameter.choices().forEach(allowed::add);
            }
        }
        return schema;
    }

    /**
     * Why the value is not valid for the parameter, or empty when it is.
     *
     * @param value a typed value as produced by {@link ParameterType}
     */
    public static Optional<String> problem(Parameter parameter, Object value) {
        JsonSchema schema = SCHEMAS.getSchema(schemaOf(parameter));
        JsonNode node = JSON.valueToTree(value);
        if (!schema.validate(node).isEmpty()) {
            return Optional.of("expected " + parameter.allowed());
        }
        if (parameter.format() != null) {
            List<String> items = value instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList()
                    : List.of(String.valueOf(value));
            for (String item : items) {
                Optional<String> problem = Formats.problem(parameter.format(), item);
                if (problem.isPresent()) {
                    return Optional.of(problem.get() + "; expected " + parameter.allowed());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Reads and checks a value given as text.
     *
     * @throws InvalidValueException naming the parameter, the value and what is allowed
     */
    public static Object parse(Parameter parameter, String text) {
        Object value;
        try {
            value = parameter.type().parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(parameter, text, "expected " + parameter.allowed());
        }
        return check(parameter, value, text);
    }

    /**
     * Reads and checks a value from a YAML/JSON document.
     *
     * @throws InvalidValueException naming the parameter, the value and what is allowed
     */
    public static Object fromDocument(Parameter parameter, Object raw) {
        Object value;
        try {
            value = parameter.type().fromDocument(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(parameter, String.valueOf(raw), "expected " + parameter.allowed());
        }
        return check(parameter, value, String.valueOf(raw));
    }

    private static Object check(Parameter parameter, Object value, String received) {
        Optional<String> problem = problem(parameter, value);
        if (problem.isPresent()) {
            throw new InvalidValueException(parameter, received, problem.get());
        }
        return value;
    }
}

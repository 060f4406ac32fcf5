package dev.scaffold.params;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The types a blueprint parameter can have, and how a value of each is read from text (a {@code -P}
 * option, a prompt) or from a YAML/JSON document (an answers file, a manifest default).
 *
 * <p>Typed values are {@link String}, {@link Long}, {@link Boolean} or {@code List<String>} (list, multichoice).
 */
public enum ParameterType {
    STRING("string"),
    INTEGER("integer"),
    BOOLEAN("boolean"),
    CHOICE("choice"),
    LIST("list"),
    /** A list whose items are limited to the parameter's {@code choices}, each at most once. */
    MULTICHOICE("multichoice");

    private final String id;

    ParameterType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ParameterType fromId(String id) {
        return Arrays.stream(values())
                .filter(type -> type.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown parameter type '" + id + "' (expected string, integer, boolean, choice, list or multichoice)"));
    }

    /**
     * Reads a typed value from text.
     *
     * @throws IllegalArgumentException naming the expected form when the text is not of this type
     */
    public Object parse(String text) {
        String value = text.trim();
        return switch (this) {
            case STRING, CHOICE -> value;
            case INTEGER -> parseInteger(value);
            case BOOLEAN -> parseBoolean(value);
            case LIST, MULTICHOICE -> value.isEmpty() ? List.of()
                    : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        };
    }

    /**
     * Reads a typed value from a parsed YAML/JSON document, where it may already be typed or be text.
     *
     * @throws IllegalArgumentException when the value cannot be of this type
     */
    public Object fromDocument(Object raw) {
        if (raw == null) {
            throw new IllegalArgumentException("a value is required");
        }
        return switch (this) {
            case STRING, CHOICE -> {
                if (raw instanceof List<?> || raw instanceof java.util.Map<?, ?>) {
                    throw new IllegalArgumentException("expected text");
                }
                yield raw.toString();
            }
            case INTEGER -> raw instanceof Number number ? integral(number) : parseInteger(raw.toString());
            case BOOLEAN -> raw instanceof Boolean bool ? bool : parseBoolean(raw.toString());
            case LIST, MULTICHOICE -> raw instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList()
                    : parse(raw.toString());
        };
    }

    /** Whether values are lists (list, multichoice). */
    public boolean isList() {
        return this == LIST || this == MULTICHOICE;
    }

    /** Formats a typed value the way {@link #parse(String)} reads it back. */
    public String format(Object value) {
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static Long integral(Number number) {
        if (number.doubleValue() != Math.rint(number.doubleValue())) {
            throw new IllegalArgumentException("expected a whole number");
        }
        return number.longValue();
    }

    private static Long parseInteger(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number");
        }
    }

    private static Boolean parseBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "on" -> true;
            case "false", "no", "n", "off" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }
}

package dev.scaffold.params;

import java.util.ArrayList;
import java.util.List;

/**
 * One typed parameter of a blueprint, as its manifest declares it.
 *
 * @param name         the name templates use ({@code {{name}}}) and users pass ({@code -P name=value})
 * @param type         the value's type
 * @param title        a short label for prompts
 * @param help         one sentence of help for {@code scaffold describe}
 * @param defaultValue the typed default, or {@code null} when there is none
 * @param required     whether a value must be given when there is no default
 * @param pattern      a regular expression a string (or each list item) must match, or {@code null}
 * @param minimum      the smallest allowed integer, or {@code null}
 * @param maximum      the largest allowed integer, or {@code null}
 * @param choices      the allowed values of a choice, otherwise empty
 * @param format       a named semantic check from {@link Formats}, or {@code null}
 * @param secret       whether the value is kept out of everything written to disk
 */
public record Parameter(
        String name,
        ParameterType type,
        String title,
        String help,
        Object defaultValue,
        boolean required,
        String pattern,
        Long minimum,
        Long maximum,
        List<String> choices,
        String format,
        boolean secret) {

    public Parameter {
        choices = List.copyOf(choices);
    }

    public boolean hasDefault() {
        return defaultValue != null;
    }

    /** What a valid value looks like, in words, for error messages and {@code describe}. */
    public String allowed() {
        List<String> parts = new ArrayList<>();
        switch (type) {
            case CHOICE -> parts.add("one of " + String.join(", ", choices));
            case BOOLEAN -> parts.add("true or false");
            case INTEGER -> parts.add(integerRange());
            case LIST -> parts.add("a comma-separated list");
            case STRING -> parts.add("text");
        }
        if (format != null) {
            parts.add(Formats.describe(format));
        }
        if (pattern != null) {
            parts.add((type == ParameterType.LIST ? "each item matching " : "matching ") + pattern);
        }
        return String.join(", ", parts);
    }

    private String integerRange() {
        if (minimum != null && maximum != null) {
            return "a whole number from " + minimum + " to " + maximum;
        }
        if (minimum != null) {
            return "a whole number of at least " + minimum;
        }
        if (maximum != null) {
            return "a whole number of at most " + maximum;
        }
        return "a whole number";
    }
}

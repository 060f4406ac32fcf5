package dev.scaffold.params;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One typed parameter of a blueprint, as its manifest declares it.
 *
 * @param name         the name templates use ({@code {{name}}}) and users pass ({@code -P name=value})
 * @param type         the value's type
 * @param title        a short label for prompts
 * @param help         one sentence of help for {@code scaffold describe}
 * @param defaultValue the typed default, or {@code null} when there is none
 * @param required     whether a value must always be given when there is no default
 * @param pattern      a regular expression a string (or each list item) must match, or {@code null}
 * @param minimum      the smallest allowed integer, or {@code null}
 * @param maximum      the largest allowed integer, or {@code null}
 * @param choices      the allowed values of a choice, otherwise empty
 * @param format       a named semantic check from {@link Formats}, or {@code null}
 * @param secret       whether the value is kept out of everything written to disk
 * @param requiredWhen a condition on the parameters declared before it under which a value must be given
 *                     ({@code required: ui}), or {@code null}; it then has no default and {@code required} is false
 * @param when         a condition on the parameters declared before it ({@code when: computeType == 'ec2'}), or
 *                     {@code null}: while it is false the parameter is not asked, not validated, not recorded, and
 *                     templates see it only as an empty section ({@link NotApplicable})
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
        boolean secret,
        Condition requiredWhen,
        Condition when) {

    public Parameter {
        choices = List.copyOf(choices);
    }

    /** A parameter that always applies. */
    public Parameter(String name, ParameterType type, String title, String help, Object defaultValue, boolean required,
                     String pattern, Long minimum, Long maximum, List<String> choices, String format, boolean secret,
                     Condition requiredWhen) {
        this(name, type, title, help, defaultValue, required, pattern, minimum, maximum, choices, format, secret,
                requiredWhen, null);
    }

    /** A parameter that is always required, or never, as {@code required: true|false} declares it. */
    public Parameter(String name, ParameterType type, String title, String help, Object defaultValue, boolean required,
                     String pattern, Long minimum, Long maximum, List<String> choices, String format, boolean secret) {
        this(name, type, title, help, defaultValue, required, pattern, minimum, maximum, choices, format, secret, null, null);
    }

    /** Whether the parameter applies, knowing the answers before it (those that do not apply absent). */
    public boolean appliesTo(Map<String, ?> answers) {
        return when == null || when.test(answers);
    }

    /**
     * {@code instanceTypes applies only when computeType is ec2}.
     *
     * @param parameters the parameters answered with it, to word the condition on a boolean as true/false
     */
    public String appliesOnlyWhen(List<Parameter> parameters) {
        return name + " applies only when " + when.inWords(read -> parameters.stream()
                .anyMatch(p -> p.name().equals(read) && p.type() == ParameterType.BOOLEAN));
    }

    /**
     * Whether a value must be given, knowing the answers so far (unanswered ones as empty text, as
     * templates see them): always when {@code required}, else when {@code requiredWhen} holds.
     */
    public boolean requiredFor(Map<String, ?> answers) {
        return required || requiredWhen != null && requiredWhen.test(answers);
    }

    /** For {@code describe}: {@code required}, {@code required when <condition>} or {@code optional}. */
    public String requirement() {
        if (requiredWhen != null) {
            return "required when " + requiredWhen;
        }
        return required ? "required" : "optional";
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
            case MULTICHOICE -> parts.add("a comma-separated list of any of " + String.join(", ", choices) + ", each once");
            case STRING -> parts.add("text");
        }
        if (format != null) {
            parts.add(Formats.describe(format));
        }
        if (pattern != null) {
            parts.add((type.isList() ? "each item matching " : "matching ") + pattern);
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

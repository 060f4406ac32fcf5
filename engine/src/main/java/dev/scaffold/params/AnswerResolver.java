package dev.scaffold.params;

import dev.scaffold.ScaffoldException;
import dev.scaffold.Suggestions;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what the user gave into {@link Answers}, with one precedence for every parameter:
 * {@code -P name=value} &gt; answers file &gt; prompt (on a terminal) &gt; the manifest's default.
 *
 * <p>A parameter with {@code required: <condition>} needs a value when the condition holds on the
 * answers before it (the prompt then does not let it be skipped); otherwise it is optional.
 */
public final class AnswerResolver {

    private final List<Parameter> parameters;
    private final Optional<Prompter> prompter;

    /**
     * @param parameters the parameters to answer, in the order they are asked
     * @param prompter   asks the user on a terminal; empty when input is not interactive
     */
    public AnswerResolver(List<Parameter> parameters, Optional<Prompter> prompter) {
        this.parameters = List.copyOf(parameters);
        this.prompter = prompter;
    }

    /**
     * @param given    values from {@code -P}, as text
     * @param fromFile values from an answers file, as parsed YAML/JSON
     * @throws ScaffoldException naming an unknown parameter, an invalid value, or (on one line) every missing one
     */
    public Answers resolve(Map<String, String> given, Map<String, ?> fromFile) {
        rejectUnknown(given.keySet(), "-P");
        rejectUnknown(fromFile.keySet(), "the answers file");
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> seen = new HashMap<>();
        MissingParameters missing = new MissingParameters(parameters);
        for (Parameter parameter : parameters) {
            boolean required = parameter.requiredFor(seen);
            Object value = valueOf(parameter, required, given, fromFile);
            if (value != null) {
                values.put(parameter.name(), value);
            } else if (required) {
                missing.add(parameter);
            }
            seen.put(parameter.name(), value != null ? value : "");
        }
        missing.throwIfAny();
        return new Answers(values);
    }

    /** @param required whether a value is needed now: always, or because its condition holds on the answers so far */
    private Object valueOf(Parameter parameter, boolean required, Map<String, String> given, Map<String, ?> fromFile) {
        if (given.containsKey(parameter.name())) {
            return ParameterValidator.parse(parameter, given.get(parameter.name()));
        }
        if (fromFile.containsKey(parameter.name())) {
            return ParameterValidator.fromDocument(parameter, fromFile.get(parameter.name()));
        }
        if (prompter.isPresent()) {
            return prompter.get().ask(parameter, required);
        }
        return parameter.defaultValue();
    }

    private void rejectUnknown(Iterable<String> names, String where) {
        List<String> known = parameters.stream().map(Parameter::name).toList();
        for (String name : names) {
            if (!known.contains(name)) {
                throw ScaffoldException.invalidInput("unknown parameter '" + name + "' in " + where
                        + Suggestions.didYouMean(name, known) + " (see 'scaffold describe' for the parameters)");
            }
        }
    }
}

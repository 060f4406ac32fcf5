package dev.scaffold.params;

import dev.scaffold.ScaffoldException;
import dev.scaffold.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what the user gave into {@link Answers}, with one precedence for every parameter:
 * {@code -P name=value} &gt; answers file &gt; prompt (on a terminal) &gt; the manifest's default.
 *
 * <p>A parameter whose {@code when:} is false on the answers before it is skipped: not asked, not
 * validated, not recorded; giving it is an error naming the condition. A parameter with
 * {@code required: <condition>} needs a value when the condition holds (the prompt then does not let it
 * be skipped). Then the manifests' {@link Rule}s are checked, and the answers validated with the
 * form's {@link FormSchema} (what the CLI checks and what a form built from the schema checks are one
 * definition), all before anything is rendered.
 */
public final class AnswerResolver {

    private final List<Parameter> parameters;
    private final List<Rule> rules;
    private final Optional<Prompter> prompter;

    /**
     * @param parameters the parameters to answer, in the order they are asked
     * @param rules      the checks across parameters
     * @param prompter   asks the user on a terminal; empty when input is not interactive
     */
    public AnswerResolver(List<Parameter> parameters, List<Rule> rules, Optional<Prompter> prompter) {
        this.parameters = List.copyOf(parameters);
        this.rules = List.copyOf(rules);
        this.prompter = prompter;
    }

    public AnswerResolver(List<Parameter> parameters, Optional<Prompter> prompter) {
        this(parameters, List.of(), prompter);
    }

    /** Answers, and the recorded answers dropped because their parameter no longer applies. */
    public record Resolution(Answers answers, List<String> dropped) {
    }

    /**
     * @param given    values from {@code -P}, as text
     * @param fromFile values from an answers file, as parsed YAML/JSON
     * @throws ScaffoldException naming an unknown parameter, an invalid value, one given that does not apply,
     *                           a broken rule, or (on one line) every missing one
     */
    public Answers resolve(Map<String, String> given, Map<String, ?> fromFile) {
        return resolve(given, fromFile, false).answers();
    }

    /**
     * As {@link #resolve}, for an upgrade: recorded answers whose parameter no longer applies are dropped
     * (each with why), not refused.
     */
    public Resolution resolveRecorded(Map<String, String> given, Map<String, ?> recorded) {
        return resolve(given, recorded, true);
    }

    private Resolution resolve(Map<String, String> given, Map<String, ?> fromFile, boolean dropInapplicable) {
        rejectUnknown(given.keySet(), "-P");
        rejectUnknown(fromFile.keySet(), "the answers file");
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> seen = new HashMap<>();
        Set<String> inapplicable = new HashSet<>();
        List<String> dropped = new ArrayList<>();
        MissingParameters missing = new MissingParameters(parameters);
        for (Parameter parameter : parameters) {
            if (!parameter.appliesTo(seen)) {
                String why = parameter.appliesOnlyWhen(parameters);
                if (given.containsKey(parameter.name())) {
                    throw new AnswerException(why + ": drop -P " + parameter.name() + "=...", List.of(parameter.name()));
                }
                if (fromFile.containsKey(parameter.name()) && !dropInapplicable) {
                    throw new AnswerException(why + ": remove it from the answers file", List.of(parameter.name()));
                }
                if (fromFile.containsKey(parameter.name())) {
                    dropped.add(why);
                }
                inapplicable.add(parameter.name());
                continue;
            }
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
        checkRules(seen, inapplicable);
        List<String> problems = FormSchema.problems(FormSchema.of("answers", "answers", parameters, rules), values);
        if (!problems.isEmpty()) {
            throw ScaffoldException.invalidInput("the answers do not match the blueprint's JSON Schema: " + problems.get(0));
        }
        return new Resolution(new Answers(values), dropped);
    }

    private void checkRules(Map<String, Object> seen, Set<String> inapplicable) {
        List<String> broken = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Rule rule : rules) {
            rule.problem(seen, inapplicable, parameters).ifPresent(problem -> {
                broken.add(problem);
                names.addAll(rule.condition().names());
            });
        }
        if (!broken.isEmpty()) {
            throw new AnswerException(String.join("; ", broken), List.copyOf(names));
        }
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
                throw new AnswerException("unknown parameter '" + name + "' in " + where
                        + Suggestions.didYouMean(name, known) + " (see 'scaffold describe' for the parameters)", List.of(name));
            }
        }
    }
}

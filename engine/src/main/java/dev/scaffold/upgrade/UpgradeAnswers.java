package dev.scaffold.upgrade;

import dev.scaffold.catalog.Composition;
import dev.scaffold.params.AnswerResolver;
import dev.scaffold.params.Answers;
import dev.scaffold.params.Parameter;
import dev.scaffold.params.Prompter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of the two renders. The new render takes {@code -P} first, then the recorded answers, then
 * (on a terminal) a prompt, then defaults: so new parameters get their defaults and secrets, which the
 * provenance never holds, are asked for again (a missing required one is an error before anything is
 * touched); a parameter that becomes applicable is asked for or required like a new one, and a recorded
 * answer whose parameter no longer applies is dropped (the report says so). The old render takes the recorded answers as they are (they were valid for that version,
 * so they are typed but not checked again), with the secrets just given.
 */
final class UpgradeAnswers {

    private UpgradeAnswers() {
    }

    /** The new answers, and the recorded ones dropped because their parameter no longer applies ({@code when:}). */
    static AnswerResolver.Resolution next(Composition composition, Map<String, Object> recorded, Map<String, String> given,
                                          Optional<Prompter> prompter) {
        List<Parameter> parameters = composition.parameters();
        return new AnswerResolver(parameters, composition.rules(), prompter).resolveRecorded(given, known(parameters, recorded));
    }

    static Answers base(Composition composition, Map<String, Object> recorded, Answers next) {
        List<Parameter> parameters = composition.parameters();
        Map<String, Object> values = new HashMap<>(recorded);
        for (Parameter parameter : parameters) {
            if (parameter.secret() && next.get(parameter.name()) != null) {
                values.put(parameter.name(), next.get(parameter.name()));
            }
        }
        Map<String, Object> typed = new HashMap<>();
        for (Map.Entry<String, Object> value : known(parameters, values).entrySet()) {
            Parameter parameter = parameters.stream().filter(p -> p.name().equals(value.getKey())).findFirst().orElseThrow();
            typed.put(value.getKey(), parameter.type().fromDocument(value.getValue()));
        }
        for (Parameter parameter : parameters) {
            if (!typed.containsKey(parameter.name()) && parameter.hasDefault()) {
                typed.put(parameter.name(), parameter.defaultValue());
            }
        }
        return new Answers(typed);
    }

    private static Map<String, Object> known(List<Parameter> parameters, Map<String, Object> values) {
        Map<String, Object> known = new HashMap<>();
        for (Parameter parameter : parameters) {
            if (values.containsKey(parameter.name())) {
                known.put(parameter.name(), values.get(parameter.name()));
            }
        }
        return known;
    }
}

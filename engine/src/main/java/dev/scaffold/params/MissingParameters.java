package dev.scaffold.params;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parameters that needed a value and got none, reported together on one line: those always
 * required, then those required under each condition, with what to pass.
 */
final class MissingParameters {

    private final List<Parameter> parameters;
    private final List<String> always = new ArrayList<>();
    private final Map<String, List<Parameter>> byCondition = new LinkedHashMap<>();

    /** @param parameters every parameter being answered, to know the types the conditions read */
    MissingParameters(List<Parameter> parameters) {
        this.parameters = parameters;
    }

    void add(Parameter parameter) {
        Condition condition = condition(parameter);
        if (condition == null) {
            always.add(parameter.name());
        } else {
            byCondition.computeIfAbsent(condition.toString(), text -> new ArrayList<>()).add(parameter);
        }
    }

    /** Under what a missing parameter was required: its {@code required: <condition>}, else its {@code when:}, else none. */
    private static Condition condition(Parameter parameter) {
        if (!parameter.required() && parameter.requiredWhen() != null) {
            return parameter.requiredWhen();
        }
        return parameter.when();
    }

    /** @throws AnswerException naming every missing parameter, when there is one */
    void throwIfAny() {
        List<String> problems = new ArrayList<>();
        if (!always.isEmpty()) {
            problems.add("missing required parameter" + (always.size() > 1 ? "s " : " ") + String.join(", ", always)
                    + " (give them with -P name=value or --answers FILE)");
        }
        byCondition.values().forEach(group -> problems.add(conditional(group)));
        if (!problems.isEmpty()) {
            List<String> names = new ArrayList<>(always);
            byCondition.values().forEach(group -> group.forEach(parameter -> names.add(parameter.name())));
            throw new AnswerException(String.join("; ", problems), names);
        }
    }

    /** {@code a and b are required when ui is true: pass -P a=... -P b=... (or -P ui=false)}. */
    private String conditional(List<Parameter> group) {
        Condition condition = condition(group.get(0));
        List<String> names = group.stream().map(Parameter::name).toList();
        String pass = names.stream().map(name -> "-P " + name + "=...").collect(Collectors.joining(" "));
        String required = and(names) + (names.size() > 1 ? " are" : " is") + " required when ";
        Optional<Condition.Flag> flag = condition.flag();
        if (flag.isEmpty()) {
            return required + condition.inWords(this::isBoolean) + ": pass " + pass;
        }
        String name = flag.get().name();
        boolean truthy = flag.get().whenTruthy();
        if (isBoolean(name)) {
            return required + name + " is " + truthy + ": pass " + pass + " (or -P " + name + "=" + !truthy + ")";
        }
        return required + name + " is " + (truthy ? "set" : "empty") + ": pass " + pass;
    }

    private boolean isBoolean(String name) {
        return parameters.stream().anyMatch(p -> p.name().equals(name) && p.type() == ParameterType.BOOLEAN);
    }

    private static String and(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}

package dev.scaffold.params;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A check across parameters that a manifest declares ({@code rules:}), for combinations the generated
 * code would reject: {@code natGateways <= availabilityZones}, {@code !existingVpcId || size(privateSubnetIds) >= 2}.
 *
 * <p>It is checked only when {@code when} holds and every parameter it reads applies (a rule on the
 * NAT gateways of a new VPC says nothing when an existing VPC is used).
 *
 * @param condition what must hold
 * @param message   why, in one sentence, for the error
 * @param when      when the rule applies, or {@code null} for always
 */
public record Rule(Condition condition, String message, Condition when) {

    /** The names the rule reads. */
    public Set<String> names() {
        Set<String> names = condition.names();
        if (when != null) {
            names.addAll(when.names());
        }
        return names;
    }

    /**
     * Why the answers break the rule, or empty when they do not (or the rule does not apply).
     *
     * @param values       the answers, with an empty text for an unanswered optional parameter
     * @param inapplicable the parameters whose {@code when:} is false
     */
    public Optional<String> problem(Map<String, ?> values, Set<String> inapplicable, List<Parameter> parameters) {
        if (names().stream().anyMatch(inapplicable::contains) || when != null && !when.test(values)
                || condition.test(values)) {
            return Optional.empty();
        }
        String given = condition.names().stream()
                .map(name -> name + "=" + shown(name, values.get(name), parameters))
                .collect(Collectors.joining(", "));
        return Optional.of(given + (condition.names().size() > 1 ? " break" : " breaks") + " the rule " + condition + ": " + message);
    }

    private static String shown(String name, Object value, List<Parameter> parameters) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
                .filter(p -> value != null)
                .map(p -> p.secret() ? "***" : p.type().format(value))
                .filter(shown -> !shown.isEmpty())
                .orElse("(none)");
    }
}

package dev.scaffold.params;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A condition on the answers, as manifests write them for files and derived flags, since Mustache is
 * logic-less: {@code metadataService}, {@code !spot}, {@code computeType == 'fargate'},
 * {@code a && (b || c != 'x')}.
 *
 * <p>A bare name is true when its value is {@code true}, a non-empty text or list, or a non-zero number.
 */
public final class Condition {

    private final String source;
    private final ConditionNode root;

    private Condition(String source, ConditionNode root) {
        this.source = source;
        this.root = root;
    }

    /**
     * Parses a condition.
     *
     * @throws IllegalArgumentException saying where the expression is malformed
     */
    public static Condition parse(String source) {
        return new Condition(source, new ConditionParser(source).parse());
    }

    public boolean test(Map<String, ?> values) {
        return root.test(values);
    }

    ConditionNode root() {
        return root;
    }

    /** The names the condition reads, so a manifest can be checked for names it does not declare. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        root.collect(names);
        return names;
    }

    /**
     * For a condition that is one bare name or its negation ({@code ui}, {@code !ui}): that name, and
     * whether the condition holds when the value is truthy; empty for anything else.
     */
    public Optional<Flag> flag() {
        if (root instanceof ConditionNode.Truthy truthy) {
            return Optional.of(new Flag(truthy.name(), true));
        }
        if (root instanceof ConditionNode.Not not && not.inner() instanceof ConditionNode.Truthy truthy) {
            return Optional.of(new Flag(truthy.name(), false));
        }
        return Optional.empty();
    }

    /**
     * The condition in words, for messages: {@code computeType is ec2}, {@code spotQueue is true},
     * {@code existingVpcId is set}, {@code existingVpcId is empty}, {@code queues includes gpu}; anything else as written.
     *
     * @param isBoolean whether a name is a boolean parameter (true/false rather than set/empty)
     */
    public String inWords(Predicate<String> isBoolean) {
        if (root instanceof ConditionNode.Equals equals) {
            return equals.name() + (equals.negated() ? " is not " : " is ") + equals.literal();
        }
        if (root instanceof ConditionNode.Contains contains) {
            return contains.list() + " includes " + contains.item();
        }
        return flag().map(flag -> flag.name() + " is " + (isBoolean.test(flag.name())
                ? String.valueOf(flag.whenTruthy()) : flag.whenTruthy() ? "set" : "empty")).orElse(source);
    }

    /** A condition that reads one name: {@code name} ({@code whenTruthy}) or {@code !name}. */
    public record Flag(String name, boolean whenTruthy) {
    }

    /** Conditions written alike are equal (so are the parameters that hold them). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Condition condition && condition.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }
}

package dev.scaffold.params;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** A parsed {@link Condition}: names, negation, and/or, and comparisons with a literal. */
sealed interface ConditionNode {
    boolean test(Map<String, ?> values);

    void collect(Set<String> names);

    record Not(ConditionNode inner) implements ConditionNode {
        public boolean test(Map<String, ?> values) {
            return !inner.test(values);
        }

        public void collect(Set<String> names) {
            inner.collect(names);
        }
    }

    record Binary(ConditionNode left, ConditionNode right, boolean and) implements ConditionNode {
        public boolean test(Map<String, ?> values) {
            return and ? left.test(values) && right.test(values) : left.test(values) || right.test(values);
        }

        public void collect(Set<String> names) {
            left.collect(names);
            right.collect(names);
        }
    }

    record Truthy(String name) implements ConditionNode {
        public boolean test(Map<String, ?> values) {
            Object value = values.get(name);
            if (value instanceof Boolean bool) {
                return bool;
            }
            if (value instanceof Number number) {
                return number.longValue() != 0;
            }
            if (value instanceof Collection<?> collection) {
                return !collection.isEmpty();
            }
            return value != null && !value.toString().isEmpty();
        }

        public void collect(Set<String> names) {
            names.add(name);
        }
    }

    record Equals(String name, String literal, boolean negated) implements ConditionNode {
        public boolean test(Map<String, ?> values) {
            return literal.equals(String.valueOf(values.get(name))) != negated;
        }

        public void collect(Set<String> names) {
            names.add(name);
        }
    }
}

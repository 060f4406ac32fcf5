package dev.scaffold.params;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A parsed {@link Condition}: names, negation, and/or, equality with a literal, and integer comparisons
 * of names, list sizes ({@code size(name)}) and whole numbers.
 */
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
            Object value = valueOf(values, name);
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
            return literal.equals(String.valueOf(valueOf(values, name))) != negated;
        }

        public void collect(Set<String> names) {
            names.add(name);
        }
    }

    /** {@code name =~ 'regex'}: the value (a text) contains a match of the regular expression; false without a value. */
    record Matches(String name, Pattern pattern) implements ConditionNode {
        public boolean test(Map<String, ?> values) {
            Object value = valueOf(values, name);
            return value instanceof String text && pattern.matcher(text).find();
        }

        public void collect(Set<String> names) {
            names.add(name);
        }
    }

    /** {@code 'gpu' in queues}: a list (a multichoice, say) holds the item; false without a list. */
    record Contains(String list, String item) implements ConditionNode {
        public boolean test(Map<String, ?> values) {
            return valueOf(values, list) instanceof Collection<?> items && items.stream().anyMatch(item::equals);
        }

        public void collect(Set<String> names) {
            names.add(list);
        }
    }

    /** {@code host inZone zone}: a DNS name is the zone or inside it ({@code a.example.com} in {@code example.com}). */
    record InZone(String host, String zone) implements ConditionNode {
        public boolean test(Map<String, ?> values) {
            Object name = valueOf(values, host);
            Object parent = valueOf(values, zone);
            return name instanceof String a && parent instanceof String b && !b.isEmpty()
                    && (a.equals(b) || a.endsWith("." + b));
        }

        public void collect(Set<String> names) {
            names.add(host);
            names.add(zone);
        }
    }

    /** {@code left op right} on whole numbers; false when either side is not a number (unanswered, say). */
    record Compare(Operand left, String op, Operand right) implements ConditionNode {
        public boolean test(Map<String, ?> values) {
            Long a = left.number(values);
            Long b = right.number(values);
            if (a == null || b == null) {
                return false;
            }
            int order = Long.compare(a, b);
            return switch (op) {
                case "<" -> order < 0;
                case "<=" -> order <= 0;
                case ">" -> order > 0;
                case ">=" -> order >= 0;
                case "==" -> order == 0;
                default -> order != 0;
            };
        }

        public void collect(Set<String> names) {
            left.collect(names);
            right.collect(names);
        }
    }

    /** One side of a {@link Compare}: a name's value, the size of a name's list, or a whole number. */
    record Operand(String name, boolean size, Long literal) {
        Long number(Map<String, ?> values) {
            if (name == null) {
                return literal;
            }
            Object value = valueOf(values, name);
            if (size) {
                return value instanceof Collection<?> collection ? (long) collection.size() : null;
            }
            return value instanceof Number number ? number.longValue() : null;
        }

        void collect(Set<String> names) {
            if (name != null) {
                names.add(name);
            }
        }

        @Override
        public String toString() {
            return name == null ? String.valueOf(literal) : size ? "size(" + name + ")" : name;
        }
    }

    /** A name's value; a parameter that does not apply reads as having none. */
    static Object valueOf(Map<String, ?> values, String name) {
        Object value = values.get(name);
        return value instanceof NotApplicable ? null : value;
    }
}

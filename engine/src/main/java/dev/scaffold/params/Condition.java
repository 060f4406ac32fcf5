package dev.scaffold.params;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition on the answers, as manifests write them for files and derived flags, since Mustache is
 * logic-less: {@code metadataService}, {@code !spot}, {@code computeType == 'fargate'},
 * {@code a && (b || c != 'x')}.
 *
 * <p>A bare name is true when its value is {@code true}, a non-empty text or list, or a non-zero number.
 */
public final class Condition {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(&&|\\|\\||==|!=|!|\\(|\\))|'([^']*)'|([A-Za-z_][A-Za-z0-9_]*)|(-?\\d+))");

    private final String source;
    private final Node root;

    private Condition(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    /**
     * Parses a condition.
     *
     * @throws IllegalArgumentException saying where the expression is malformed
     */
    public static Condition parse(String source) {
        Parser parser = new Parser(source, tokenize(source));
        Node root = parser.or();
        if (parser.position < parser.tokens.size()) {
            throw new IllegalArgumentException("unexpected '" + parser.tokens.get(parser.position) + "' in condition: " + source);
        }
        return new Condition(source, root);
    }

    public boolean test(Map<String, ?> values) {
        return root.test(values);
    }

    /** The names the condition reads, so a manifest can be checked for names it does not declare. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        root.collect(names);
        return names;
    }

    @Override
    public String toString() {
        return source;
    }

    private sealed interface Node {
        boolean test(Map<String, ?> values);

        void collect(Set<String> names);
    }

    private record Not(Node inner) implements Node {
        public boolean test(Map<String, ?> values) {
            return !inner.test(values);
        }

        public void collect(Set<String> names) {
            inner.collect(names);
        }
    }

    private record Binary(Node left, Node right, boolean and) implements Node {
        public boolean test(Map<String, ?> values) {
            return and ? left.test(values) && right.test(values) : left.test(values) || right.test(values);
        }

        public void collect(Set<String> names) {
            left.collect(names);
            right.collect(names);
        }
    }

    private record Truthy(String name) implements Node {
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

    private record Equals(String name, String literal, boolean negated) implements Node {
        public boolean test(Map<String, ?> values) {
            return literal.equals(String.valueOf(values.get(name))) != negated;
        }

        public void collect(Set<String> names) {
            names.add(name);
        }
    }

    private static List<String> tokenize(String source) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(source);
        int position = 0;
        while (position < source.length()) {
            if (source.substring(position).isBlank()) {
                break;
            }
            if (!matcher.find(position) || matcher.start() != position) {
                throw new IllegalArgumentException("cannot read condition at '" + source.substring(position).trim() + "': " + source);
            }
            tokens.add(matcher.group(2) != null ? "'" + matcher.group(2) + "'" : matcher.group().trim());
            position = matcher.end();
        }
        return tokens;
    }

    private static final class Parser {
        private final String source;
        private final List<String> tokens;
        private int position;

        Parser(String source, List<String> tokens) {
            this.source = source;
            this.tokens = tokens;
        }

        Node or() {
            Node node = and();
            while (accept("||")) {
                node = new Binary(node, and(), false);
            }
            return node;
        }

        Node and() {
            Node node = unary();
            while (accept("&&")) {
                node = new Binary(node, unary(), true);
            }
            return node;
        }

        Node unary() {
            if (accept("!")) {
                return new Not(unary());
            }
            if (accept("(")) {
                Node inner = or();
                expect(")");
                return inner;
            }
            String name = next();
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("expected a parameter name, found '" + name + "' in condition: " + source);
            }
            boolean equals = accept("==");
            if (equals || accept("!=")) {
                return new Equals(name, literal(next()), !equals);
            }
            return new Truthy(name);
        }

        private String literal(String token) {
            if (token.startsWith("'")) {
                return token.substring(1, token.length() - 1);
            }
            if (token.matches("-?\\d+|true|false")) {
                return token;
            }
            throw new IllegalArgumentException("expected a quoted value, found '" + token + "' in condition: " + source);
        }

        private boolean accept(String token) {
            if (position < tokens.size() && tokens.get(position).equals(token)) {
                position++;
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!accept(token)) {
                throw new IllegalArgumentException("expected '" + token + "' in condition: " + source);
            }
        }

        private String next() {
            if (position >= tokens.size()) {
                throw new IllegalArgumentException("condition ends too early: " + source);
            }
            return tokens.get(position++);
        }
    }
}

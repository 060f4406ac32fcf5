package dev.scaffold.params;

import dev.scaffold.params.ConditionNode.Operand;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recursive-descent parser of {@link Condition}s: {@code ||} binds looser than {@code &&}, then {@code !},
 * then comparisons ({@code name == 'text'}, {@code name =~ 'regex'}, {@code 'gpu' in queues}, {@code host inZone zone}, and on whole
 * numbers {@code a <= b}, {@code size(list) >= 2}).
 */
final class ConditionParser {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(&&|\\|\\||==|!=|=~|<=|>=|<|>|!|\\(|\\))|'([^']*)'|([A-Za-z_][A-Za-z0-9_]*)|(-?\\d+))");

    private final String source;
    private final List<String> tokens;
    private int position;

    ConditionParser(String source) {
        this.source = source;
        this.tokens = tokenize(source);
    }

    /** The whole expression; fails on anything left over. */
    ConditionNode parse() {
        ConditionNode root = or();
        if (position < tokens.size()) {
            throw new IllegalArgumentException("unexpected '" + tokens.get(position) + "' in condition: " + source);
        }
        return root;
    }

    private ConditionNode or() {
        ConditionNode node = and();
        while (accept("||")) {
            node = new ConditionNode.Binary(node, and(), false);
        }
        return node;
    }

    private ConditionNode and() {
        ConditionNode node = unary();
        while (accept("&&")) {
            node = new ConditionNode.Binary(node, unary(), true);
        }
        return node;
    }

    private ConditionNode unary() {
        if (accept("!")) {
            return new ConditionNode.Not(unary());
        }
        if (accept("(")) {
            ConditionNode inner = or();
            expect(")");
            return inner;
        }
        if (position < tokens.size() && tokens.get(position).startsWith("'")) {
            String item = literal(next());
            expect("in");
            return new ConditionNode.Contains(name("a list parameter after in"), item);
        }
        Operand left = operand();
        if (left.name() != null && !left.size() && accept("=~")) {
            String regex = next();
            if (!regex.startsWith("'")) {
                throw new IllegalArgumentException("expected a quoted regular expression after =~ in condition: " + source);
            }
            return new ConditionNode.Matches(left.name(), Pattern.compile(regex.substring(1, regex.length() - 1)));
        }
        if (left.name() != null && !left.size() && accept("inZone")) {
            return new ConditionNode.InZone(left.name(), name("a parameter name after inZone"));
        }
        String op = acceptAny("==", "!=", "<=", ">=", "<", ">");
        if (op == null) {
            if (left.name() == null) {
                throw new IllegalArgumentException("a number alone is not a condition: " + source);
            }
            return left.size() ? new ConditionNode.Compare(left, ">", new Operand(null, false, 0L))
                    : new ConditionNode.Truthy(left.name());
        }
        boolean equality = op.equals("==") || op.equals("!=");
        if (equality && left.name() != null && !left.size() && !peekSize()) {
            return new ConditionNode.Equals(left.name(), literal(next()), op.equals("!="));
        }
        return new ConditionNode.Compare(left, op, operand());
    }

    /** A name, {@code size(name)} or a whole number. */
    private Operand operand() {
        String token = next();
        if (token.matches("-?\\d+")) {
            return new Operand(null, false, Long.parseLong(token));
        }
        if (!token.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("expected a parameter name, found '" + token + "' in condition: " + source);
        }
        if (token.equals("size") && accept("(")) {
            String name = name("a list parameter in size(...)");
            expect(")");
            return new Operand(name, true, null);
        }
        return new Operand(token, false, null);
    }

    /** The next token, a parameter name. */
    private String name(String what) {
        String name = next();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("expected " + what + ", found '" + name + "' in condition: " + source);
        }
        return name;
    }

    /** Whether {@code size(...)} comes next. */
    private boolean peekSize() {
        return position < tokens.size() && tokens.get(position).equals("size")
                && position + 1 < tokens.size() && tokens.get(position + 1).equals("(");
    }

    private String acceptAny(String... candidates) {
        for (String candidate : candidates) {
            if (accept(candidate)) {
                return candidate;
            }
        }
        return null;
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
}

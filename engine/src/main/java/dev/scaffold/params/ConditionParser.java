package dev.scaffold.params;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A recursive-descent parser of {@link Condition}s: {@code ||} binds looser than {@code &&}, then {@code !}. */
final class ConditionParser {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(&&|\\|\\||==|!=|!|\\(|\\))|'([^']*)'|([A-Za-z_][A-Za-z0-9_]*)|(-?\\d+))");

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
        String name = next();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("expected a parameter name, found '" + name + "' in condition: " + source);
        }
        boolean equals = accept("==");
        if (equals || accept("!=")) {
            return new ConditionNode.Equals(name, literal(next()), !equals);
        }
        return new ConditionNode.Truthy(name);
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

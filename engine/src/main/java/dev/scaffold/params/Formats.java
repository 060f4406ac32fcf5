package dev.scaffold.params;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Semantic checks a regular expression cannot express, named by a parameter's {@code format}.
 *
 * <p>They guard the generated sources: a Java package that is a keyword, or a CIDR block with an
 * octet of 300, would otherwise render into code that does not compile or does not deploy.
 */
public final class Formats {

    private static final Pattern CIDR = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");

    private static final Map<String, Check> CHECKS = Map.of(
            "java-package", new Check("a Java package name such as com.example.metaflow", Formats::javaPackage),
            "cidr", new Check("an IPv4 CIDR block such as 10.0.0.0/16", Formats::cidr));

    private record Check(String description, Function<String, Optional<String>> problem) {
    }

    private Formats() {
    }

    public static Set<String> names() {
        return CHECKS.keySet();
    }

    public static boolean exists(String format) {
        return CHECKS.containsKey(format);
    }

    /** What a valid value of the format looks like. */
    public static String describe(String format) {
        return check(format).description();
    }

    /** Why the value is not of the format, or empty when it is. */
    public static Optional<String> problem(String format, String value) {
        return check(format).problem().apply(value);
    }

    private static Check check(String format) {
        Check check = CHECKS.get(format);
        if (check == null) {
            throw new IllegalArgumentException("unknown format '" + format + "' (known: " + String.join(", ", names()) + ")");
        }
        return check;
    }

    private static Optional<String> javaPackage(String value) {
        if (value.isEmpty() || value.startsWith(".") || value.endsWith(".") || value.contains("..")) {
            return Optional.of("it is not a dot-separated list of names");
        }
        for (String segment : value.split("\\.")) {
            if (SourceVersion.isKeyword(segment)) {
                return Optional.of("'" + segment + "' is a Java keyword");
            }
            if (!SourceVersion.isIdentifier(segment) || !segment.matches("[a-z_][a-z0-9_]*")) {
                return Optional.of("'" + segment + "' is not a lower-case Java identifier");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> cidr(String value) {
        Matcher matcher = CIDR.matcher(value);
        if (!matcher.matches()) {
            return Optional.of("it is not of the form a.b.c.d/n");
        }
        long address = 0;
        for (int i = 1; i <= 4; i++) {
            int octet = Integer.parseInt(matcher.group(i));
            if (octet > 255) {
                return Optional.of("octet " + octet + " is larger than 255");
            }
            address = (address << 8) | octet;
        }
        int prefix = Integer.parseInt(matcher.group(5));
        if (prefix > 32) {
            return Optional.of("prefix /" + prefix + " is larger than /32");
        }
        long hostMask = prefix == 32 ? 0 : (1L << (32 - prefix)) - 1;
        if ((address & hostMask) != 0) {
            return Optional.of("host bits are set for a /" + prefix + " block");
        }
        return Optional.empty();
    }
}

package dev.scaffold.params;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A value the engine computes from the answers, so templates never re-implement it: a Java package
 * path from the package name, a PascalCase class name from the project name, a flag from a condition.
 *
 * <p>Either {@code from} + {@code transform}, or {@code when} (a {@link Condition} giving a boolean).
 *
 * @param name      the name templates use
 * @param from      the parameter (or earlier derived value) the transform reads
 * @param transform one of {@link #TRANSFORMS}
 * @param when      a condition, or {@code null}
 */
public record Derived(String name, String from, String transform, Condition when) {

    /** The transforms a manifest may name. */
    public static final Map<String, Function<Object, Object>> TRANSFORMS = Map.of(
            "path", value -> value.toString().replace('.', '/'),
            "pascal", value -> words(value).stream().map(Derived::capitalize).collect(Collectors.joining()),
            "camel", value -> uncapitalize(words(value).stream().map(Derived::capitalize).collect(Collectors.joining())),
            "upper-snake", value -> String.join("_", words(value)).toUpperCase(Locale.ROOT),
            "quoted-csv", value -> ((List<?>) value).stream().map(item -> "\"" + item + "\"").collect(Collectors.joining(", ")));

    public Derived {
        if ((when == null) == (from == null || transform == null)) {
            throw new IllegalArgumentException("derived value '" + name + "' needs either 'from' and 'transform', or 'when'");
        }
        if (transform != null && !TRANSFORMS.containsKey(transform)) {
            throw new IllegalArgumentException("derived value '" + name + "' has unknown transform '" + transform
                    + "' (known: " + String.join(", ", TRANSFORMS.keySet().stream().sorted().toList()) + ")");
        }
    }

    /** Computes the value from the answers and the derived values computed before it. */
    public Object compute(Map<String, ?> values) {
        if (when != null) {
            return when.test(values);
        }
        Object source = values.get(from);
        if (source instanceof NotApplicable) {
            return new NotApplicable(name, name + " reads " + from + ", and " + ((NotApplicable) source).reason());
        }
        if (source == null) {
            return "";
        }
        return TRANSFORMS.get(transform).apply(source);
    }

    private static List<String> words(Object value) {
        String spaced = value.toString().replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        return Arrays.stream(spaced.split("[^A-Za-z0-9]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.toLowerCase(Locale.ROOT))
                .toList();
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String uncapitalize(String word) {
        return word.isEmpty() ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
    }
}

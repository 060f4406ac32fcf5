package dev.scaffold.upgrade;

import java.util.Comparator;

/**
 * A semantic version ({@code 1.4.2}, {@code 2.0.0-rc.1}) for telling an upgrade from a downgrade.
 *
 * @param major      the major number
 * @param minor      the minor number
 * @param patch      the patch number
 * @param preRelease the pre-release tag without its dash, or empty; a pre-release sorts before its release
 */
public record SemanticVersion(int major, int minor, int patch, String preRelease) implements Comparable<SemanticVersion> {

    private static final Comparator<SemanticVersion> ORDER = Comparator.comparingInt(SemanticVersion::major)
            .thenComparingInt(SemanticVersion::minor)
            .thenComparingInt(SemanticVersion::patch)
            .thenComparing(SemanticVersion::preRelease, SemanticVersion::comparePreRelease);

    /** @throws IllegalArgumentException when the text is not a semantic version */
    public static SemanticVersion parse(String text) {
        String[] parts = text.split("-", 2);
        String[] numbers = parts[0].split("\\.");
        if (numbers.length != 3) {
            throw new IllegalArgumentException("'" + text + "' is not a semantic version");
        }
        return new SemanticVersion(Integer.parseInt(numbers[0]), Integer.parseInt(numbers[1]),
                Integer.parseInt(numbers[2]), parts.length > 1 ? parts[1] : "");
    }

    @Override
    public int compareTo(SemanticVersion other) {
        return ORDER.compare(this, other);
    }

    private static int comparePreRelease(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        return a.compareTo(b);
    }
}

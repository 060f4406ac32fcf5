package dev.scaffold;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …?" for names the user mistyped. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {
    }

    /** The candidate closest to {@code typed}, when it is close enough to be a plausible typo. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        return candidates.stream()
                .min(Comparator.comparingInt((String candidate) -> DISTANCE.apply(typed, candidate)).thenComparing(c -> c))
                .filter(candidate -> DISTANCE.apply(typed, candidate) <= Math.max(2, candidate.length() / 3)
                        || candidate.startsWith(typed) || typed.startsWith(candidate));
    }

    /** {@code "; did you mean 'x'?"}, or nothing. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(candidate -> "; did you mean '" + candidate + "'?").orElse("");
    }
}

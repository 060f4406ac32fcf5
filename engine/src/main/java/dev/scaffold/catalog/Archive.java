package dev.scaffold.catalog;

import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A catalog's released older versions: full copies (includes flattened in) under
 * {@code .archive/<id>/<version>/}, which the build packs from the repository's history for the
 * releases that {@link Releases} lists.
 */
final class Archive {

    /**
     * Oldest first, by SemVer precedence: the three numbers, a pre-release before its release, and
     * pre-release identifiers one by one (numbers numerically and before words: rc.2 before rc.10).
     */
    static final Comparator<String> VERSION_ORDER = Comparator.comparing((String v) -> number(v, 0))
            .thenComparing(v -> number(v, 1)).thenComparing(v -> number(v, 2))
            .thenComparing(v -> !v.contains("-")).thenComparing(Archive::comparePreRelease);

    private final Path root;
    private final String source;
    private final List<Releases.Release> released;

    Archive(Path root, String source) {
        this.root = root;
        this.source = source;
        this.released = Releases.read(root);
    }

    /** The archived copy of this version, if the catalog holds one. */
    Optional<Blueprint> get(String id, String version) {
        Path archived = root.resolve(Catalog.ARCHIVE).resolve(id).resolve(version);
        if (!version.matches("[0-9A-Za-z.+-]+") || version.matches("\\.+")
                || !Files.isRegularFile(archived.resolve(ManifestReader.MANIFEST))) {
            return Optional.empty();
        }
        Blueprint blueprint = ManifestReader.read(archived, root);
        if (!blueprint.id().equals(id) || !blueprint.version().equals(version)) {
            throw ScaffoldException.failure("archived blueprint " + archived + " declares " + blueprint.id() + " "
                    + blueprint.version() + ", not " + id + " " + version, null);
        }
        return Optional.of(blueprint);
    }

    /** Why a version listed as released is missing from the archive, when it is. */
    Optional<String> whyMissing(String id, String version) {
        if (!released.contains(new Releases.Release(id, version))) {
            return Optional.empty();
        }
        return Optional.of(id + " " + version + " is a released version, but " + ("bundled".equals(source)
                ? "this engine does not bundle it: it was built without the repository's git history (a source"
                        + " tarball or a shallow clone); build the engine from a full git clone"
                : source + " does not hold it under " + Catalog.ARCHIVE + "/"));
    }

    /** The archived versions of a blueprint, oldest first. */
    List<String> versions(String id) {
        Path archive = root.resolve(Catalog.ARCHIVE).resolve(id);
        List<String> versions = new ArrayList<>();
        if (Files.isDirectory(archive)) {
            try (Stream<Path> children = Files.list(archive)) {
                children.filter(child -> Files.isRegularFile(child.resolve(ManifestReader.MANIFEST)))
                        .map(child -> child.getFileName().toString().replace("/", ""))
                        .forEach(versions::add);
            } catch (IOException e) {
                throw ScaffoldException.failure("cannot read the archive of blueprint " + id + ": " + e.getMessage(), e);
            }
        }
        versions.sort(VERSION_ORDER);
        return versions;
    }

    /** The versions of a blueprint that the release list names. */
    List<String> released(String id) {
        return released.stream().filter(release -> release.id().equals(id)).map(Releases.Release::version)
                .sorted(VERSION_ORDER).toList();
    }

    private static int comparePreRelease(String a, String b) {
        String[] left = a.contains("-") ? a.split("-", 2)[1].split("\\.") : new String[0];
        String[] right = b.contains("-") ? b.split("-", 2)[1].split("\\.") : new String[0];
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            boolean leftNumber = left[i].matches("\\d+");
            boolean rightNumber = right[i].matches("\\d+");
            int order = leftNumber && rightNumber ? new BigInteger(left[i]).compareTo(new BigInteger(right[i]))
                    : leftNumber != rightNumber ? (leftNumber ? -1 : 1) : left[i].compareTo(right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int number(String version, int index) {
        String[] numbers = version.split("-", 2)[0].split("\\.");
        try {
            return index < numbers.length ? Integer.parseInt(numbers[index]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

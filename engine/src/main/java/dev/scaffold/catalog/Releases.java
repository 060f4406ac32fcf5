package dev.scaffold.catalog;

import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The released blueprint versions, as listed in {@code RELEASES} beside the blueprints: one
 * {@code id version} a line, {@code #} starts a comment. The build packs each one that is not a
 * blueprint's current version from the repository's history into {@code .archive/<id>/<version>/}.
 */
public final class Releases {

    /** The file, in the catalog root, that lists the releases. */
    public static final String FILE = "RELEASES";

    /** One released version of a blueprint. */
    public record Release(String id, String version) {

        @Override
        public String toString() {
            return id + " " + version;
        }
    }

    private Releases() {
    }

    /** The releases listed in {@code catalogRoot}'s {@code RELEASES}, in file order; none when it is absent. */
    public static List<Release> read(Path catalogRoot) {
        Path file = catalogRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** @throws ScaffoldException (failure) naming the line that is not {@code id version} */
    static List<Release> parse(String text, String where) {
        List<Release> releases = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length != 2 || !fields[0].matches("[a-z][a-z0-9-]*") || !fields[1].matches("[0-9A-Za-z.+-]+")) {
                throw ScaffoldException.failure(where + ":" + (i + 1) + ": expected 'id version', got '" + lines[i].strip() + "'", null);
            }
            Release release = new Release(fields[0], fields[1]);
            if (releases.contains(release)) {
                throw ScaffoldException.failure(where + ":" + (i + 1) + ": " + release + " is listed twice", null);
            }
            releases.add(release);
        }
        return List.copyOf(releases);
    }
}

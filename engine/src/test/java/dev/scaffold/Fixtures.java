package dev.scaffold;

import dev.scaffold.catalog.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The engine's test blueprints (demo, and its layer extra), and small blueprints made on the fly. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path directory() {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Catalog catalog() {
        return Catalog.fromDirectory(directory());
    }

    /** Writes a one-blueprint catalog under {@code root}: a manifest and template files (path, content pairs). */
    public static Path blueprint(Path root, String manifest, String... pathsAndContents) {
        try {
            Path blueprint = root.resolve("bp");
            Files.createDirectories(blueprint.resolve("template"));
            Files.writeString(blueprint.resolve("blueprint.yaml"), manifest, StandardCharsets.UTF_8);
            for (int i = 0; i < pathsAndContents.length; i += 2) {
                Path file = blueprint.resolve("template").resolve(pathsAndContents[i]);
                Files.createDirectories(file.getParent());
                Files.writeString(file, pathsAndContents[i + 1], StandardCharsets.UTF_8);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

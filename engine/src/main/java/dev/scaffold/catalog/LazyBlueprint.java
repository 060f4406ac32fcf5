package dev.scaffold.catalog;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A blueprint's manifest header, and the whole blueprint, read the first time a command asks for it. */
final class LazyBlueprint {

    private final BlueprintHeader header;
    private final Supplier<Path> directory;
    private final Supplier<Path> catalogRoot;
    private Blueprint blueprint;
    private boolean checked;

    /** A header read elsewhere (the bundled blueprints' from the jar), and where the blueprint is, found when needed. */
    LazyBlueprint(BlueprintHeader header, Supplier<Path> directory, Supplier<Path> catalogRoot) {
        this(header, directory, catalogRoot, null);
    }

    private LazyBlueprint(BlueprintHeader header, Supplier<Path> directory, Supplier<Path> catalogRoot, Blueprint blueprint) {
        this.header = header;
        this.directory = directory;
        this.catalogRoot = catalogRoot;
        this.blueprint = blueprint;
    }

    /** Reads only the header now. */
    static LazyBlueprint header(Path directory, Path catalogRoot) {
        return new LazyBlueprint(ManifestHeaderReader.read(directory, catalogRoot), () -> directory, () -> catalogRoot, null);
    }

    /** Reads the whole manifest now, so that its first problem fails at once. */
    static LazyBlueprint whole(Path directory, Path catalogRoot) {
        Blueprint blueprint = ManifestReader.read(directory, catalogRoot);
        BlueprintHeader header = ManifestHeaderReader.read(directory, catalogRoot);
        ManifestHeaderReader.checkSame(header, blueprint, directory);
        return new LazyBlueprint(header, () -> directory, () -> catalogRoot, blueprint);
    }

    BlueprintHeader header() {
        return header;
    }

    /** The whole blueprint, read and passed to {@code check} once; the server asks from several threads. */
    synchronized Blueprint blueprint(Consumer<Blueprint> check) {
        if (blueprint == null) {
            Blueprint read = ManifestReader.read(directory.get(), catalogRoot.get());
            ManifestHeaderReader.checkSame(header, read, directory.get());
            blueprint = read;
        }
        if (!checked) {
            check.accept(blueprint);
            checked = true;
        }
        return blueprint;
    }
}

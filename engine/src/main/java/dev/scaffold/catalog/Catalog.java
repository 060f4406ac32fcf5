package dev.scaffold.catalog;

import dev.scaffold.ScaffoldException;
import dev.scaffold.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The blueprints available to the engine: those bundled in its jar, or those in a directory the user
 * names ({@code --source}), one sub-directory per blueprint with a {@code blueprint.yaml}.
 *
 * <p>Released older versions stay renderable (so {@code scaffold upgrade} has a merge base): full copies
 * live under {@code .archive/<id>/<version>/} (for the bundled blueprints, packed by the build from the
 * repository's history for each release {@code RELEASES} lists), which {@link #list()} ignores and
 * {@link #get(String, String)} finds.
 */
public final class Catalog {

    /** The directory, beside the blueprints, that holds released older versions. */
    public static final String ARCHIVE = ".archive";

    private final Map<String, LazyBlueprint> entries;
    private final String source;
    private final Optional<String> commit;
    private final Supplier<Archive> archive;

    private Catalog(Map<String, LazyBlueprint> entries, String source, Optional<String> commit, Supplier<Path> root) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
        this.source = source;
        this.commit = commit;
        this.archive = BundledBlueprints.once(() -> new Archive(root.get(), source));
    }

    /**
     * The blueprints bundled with the engine. From its jar, the headers are read without opening the jar
     * as a file system (which costs {@code scaffold list} a tenth of a second); that happens when a command
     * first needs a whole blueprint.
     */
    public static Catalog bundled() {
        Optional<Map<String, BlueprintHeader>> inJar = BundledBlueprints.headersInJar();
        if (inJar.isEmpty()) {
            try {
                return load(BundledBlueprints.root(), "bundled", Optional.empty(), false);
            } catch (IOException e) {
                throw ScaffoldException.failure("cannot open the bundled blueprints: " + e.getMessage(), e);
            }
        }
        Supplier<Path> root = BundledBlueprints.once(BundledBlueprints::rootOrFail);
        Map<String, LazyBlueprint> found = new TreeMap<>();
        inJar.get().forEach((directory, header) -> found.put(header.id(),
                new LazyBlueprint(header, () -> root.get().resolve(directory), root)));
        return new Catalog(found, "bundled", Optional.empty(), root);
    }

    /** The blueprints in a directory, each manifest read whole only when a command needs it, as the bundled ones are. */
    static Catalog lazy(Path directory) throws IOException {
        return load(directory, directory.toString(), Optional.empty(), false);
    }

    /** The blueprints in a directory. */
    public static Catalog fromDirectory(Path directory) {
        return fromDirectory(directory, directory.toString());
    }

    /** The blueprints in a directory, recorded in provenance as coming from {@code source}. */
    public static Catalog fromDirectory(Path directory, String source) {
        return fromDirectory(directory, source, Optional.empty());
    }

    /** The blueprints in a directory checked out from {@code source} at {@code commit} (a git commit id). */
    public static Catalog fromDirectory(Path directory, String source, Optional<String> commit) {
        if (!Files.isDirectory(directory)) {
            throw ScaffoldException.invalidInput("blueprint source " + directory + " is not a directory");
        }
        try {
            return load(directory, source, commit, true);
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot read blueprints in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads every manifest's header; a whole manifest is read when a command first needs its blueprint,
     * or at once ({@code eager}) for a source the user names, so that a broken one fails every command.
     * The bundled blueprints are read whole by blueprint-tests.
     */
    private static Catalog load(Path root, String source, Optional<String> commit, boolean eager) throws IOException {
        Map<String, LazyBlueprint> found = new TreeMap<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isRegularFile(child.resolve(ManifestReader.MANIFEST))) {
                    LazyBlueprint entry = eager ? LazyBlueprint.whole(child, root) : LazyBlueprint.header(child, root);
                    found.put(entry.header().id(), entry);
                }
            }
        }
        Catalog catalog = new Catalog(found, source, commit, () -> root);
        if (eager) {
            catalog.list();
            catalog.archive.get();
        }
        return catalog;
    }

    /** Every {@code with<Layer>} a blueprint's conditions read names a layer that composes onto it. */
    private void checkLayerFlags(Blueprint blueprint) {
        List<String> flags = entries.values().stream().map(LazyBlueprint::header)
                .filter(header -> header.kind() == BlueprintKind.LAYER && header.layerOf().contains(blueprint.id()))
                .map(BlueprintHeader::layerFlag).toList();
        for (String flag : blueprint.layerFlagsRead()) {
            if (!flags.contains(flag)) {
                throw ScaffoldException.failure("blueprint " + blueprint.id() + " reads '" + flag
                        + "', but no layer of it has that flag (layers: " + String.join(", ", flags) + ")", null);
            }
        }
    }

    /** Where the blueprints come from: {@code bundled}, or the directory given. */
    public String source() {
        return source;
    }

    /** The git commit the blueprints were read at, when they come from a git repository. */
    public Optional<String> commit() {
        return commit;
    }

    /** Every blueprint, ordered by id (each manifest read whole). */
    public List<Blueprint> list() {
        return entries.values().stream().map(entry -> entry.blueprint(this::checkLayerFlags)).toList();
    }

    /** The header of every blueprint, ordered by id: what {@code scaffold list} shows, without reading more. */
    public List<BlueprintHeader> headers() {
        return entries.values().stream().map(LazyBlueprint::header).toList();
    }

    /**
     * The blueprint with this id.
     *
     * @throws ScaffoldException (invalid input) suggesting the closest id when there is none
     */
    public Blueprint get(String id) {
        LazyBlueprint entry = entries.get(id);
        if (entry == null) {
            throw ScaffoldException.invalidInput("unknown blueprint '" + id + "'" + Suggestions.didYouMean(id, entries.keySet())
                    + " (see 'scaffold list')");
        }
        return entry.blueprint(this::checkLayerFlags);
    }

    /**
     * The blueprint named {@code ID} or {@code ID@VERSION} (a released version; see {@link #get(String, String)}).
     *
     * @throws ScaffoldException (invalid input) for an unknown id or version
     */
    public Blueprint resolve(String reference) {
        int at = reference.indexOf('@');
        return at < 0 ? get(reference) : get(reference.substring(0, at), reference.substring(at + 1));
    }

    /**
     * The blueprint with this id at this version: the current one, or a released one kept in the archive.
     *
     * @throws ScaffoldException (invalid input) for an unknown id, or a version that is neither current
     *                           nor archived (the message lists the versions there are); (failure) for a
     *                           released version the catalog does not hold, saying why
     */
    public Blueprint get(String id, String version) {
        Blueprint current = get(id);
        if (current.version().equals(version)) {
            return current;
        }
        return archive.get().get(id, version).orElseThrow(() -> archive.get().whyMissing(id, version)
                .<ScaffoldException>map(ReleaseNotHeldException::new)
                .orElseGet(() -> ScaffoldException.invalidInput("unknown version " + version + " of blueprint '" + id
                        + "' (available: " + String.join(", ", versions(id)) + ")")));
    }

    /** Every version of a blueprint this catalog can render, oldest first: the archived ones, then the current one. */
    public List<String> versions(String id) {
        List<String> versions = new ArrayList<>(archive.get().versions(id));
        versions.remove(get(id).version());
        versions.add(get(id).version());
        return versions;
    }

    /** The versions of a blueprint listed as released ({@code RELEASES}), oldest first, whether or not this catalog holds them. */
    public List<String> released(String id) {
        return archive.get().released(id);
    }

    /** The layers that compose onto the project blueprint {@code baseId}. */
    public List<Blueprint> layersOf(String baseId) {
        List<Blueprint> layers = new ArrayList<>();
        for (LazyBlueprint entry : entries.values()) {
            if (entry.header().kind() == BlueprintKind.LAYER && entry.header().layerOf().contains(baseId)) {
                layers.add(entry.blueprint(this::checkLayerFlags));
            }
        }
        return layers;
    }

    /**
     * A project blueprint with the named layers on top, each named {@code ID} (its current version) or
     * {@code ID@VERSION} (a released one); see {@link Composition#of}.
     *
     * @throws ScaffoldException (invalid input) for unknown ids or versions, or a layer that does not fit the base
     */
    public Composition compose(String blueprint, List<String> layerReferences) {
        return Composition.of(this, blueprint, layerReferences);
    }
}

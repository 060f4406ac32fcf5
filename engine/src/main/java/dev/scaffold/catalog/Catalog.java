package dev.scaffold.catalog;

import dev.scaffold.ScaffoldException;
import dev.scaffold.Suggestions;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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

    /** The resource that marks where the bundled blueprints are. */
    static final String BUNDLED_MARKER = "blueprints/README.md";
    /** The directory, beside the blueprints, that holds released older versions. */
    public static final String ARCHIVE = ".archive";

    private final Map<String, Blueprint> blueprints;
    private final String source;
    private final Optional<String> commit;
    private final Archive archive;

    private Catalog(Map<String, Blueprint> blueprints, String source, Optional<String> commit, Path root) {
        this.blueprints = Collections.unmodifiableMap(new TreeMap<>(blueprints));
        this.source = source;
        this.commit = commit;
        this.archive = new Archive(root, source);
    }

    /** The blueprints bundled with the engine. */
    public static Catalog bundled() {
        URL marker = Catalog.class.getClassLoader().getResource(BUNDLED_MARKER);
        if (marker == null) {
            throw ScaffoldException.failure("the engine has no bundled blueprints (" + BUNDLED_MARKER + " is missing)", null);
        }
        try {
            URI uri = marker.toURI();
            Path readme = "jar".equals(uri.getScheme()) ? jarFileSystem(uri).provider().getPath(uri) : Path.of(uri);
            return load(readme.getParent(), "bundled", Optional.empty());
        } catch (URISyntaxException | IOException e) {
            throw ScaffoldException.failure("cannot open the bundled blueprints: " + e.getMessage(), e);
        }
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
            return load(directory, source, commit);
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot read blueprints in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static Catalog load(Path root, String source, Optional<String> commit) throws IOException {
        Map<String, Blueprint> found = new TreeMap<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isRegularFile(child.resolve(ManifestReader.MANIFEST))) {
                    Blueprint blueprint = ManifestReader.read(child, root);
                    found.put(blueprint.id(), blueprint);
                }
            }
        }
        Catalog catalog = new Catalog(found, source, commit, root);
        catalog.checkLayerFlags();
        return catalog;
    }

    /** Every {@code with<Layer>} a blueprint's conditions read names a layer that composes onto it. */
    private void checkLayerFlags() {
        for (Blueprint blueprint : blueprints.values()) {
            List<String> flags = layersOf(blueprint.id()).stream().map(Blueprint::layerFlag).toList();
            for (String flag : blueprint.layerFlagsRead()) {
                if (!flags.contains(flag)) {
                    throw ScaffoldException.failure("blueprint " + blueprint.id() + " reads '" + flag
                            + "', but no layer of it has that flag (layers: " + String.join(", ", flags) + ")", null);
                }
            }
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
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

    /** Every blueprint, ordered by id. */
    public List<Blueprint> list() {
        return List.copyOf(blueprints.values());
    }

    /**
     * The blueprint with this id.
     *
     * @throws ScaffoldException (invalid input) suggesting the closest id when there is none
     */
    public Blueprint get(String id) {
        Blueprint blueprint = blueprints.get(id);
        if (blueprint == null) {
            throw ScaffoldException.invalidInput("unknown blueprint '" + id + "'" + Suggestions.didYouMean(id, blueprints.keySet())
                    + " (see 'scaffold list')");
        }
        return blueprint;
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
        return archive.get(id, version).orElseThrow(() -> archive.whyMissing(id, version)
                .<ScaffoldException>map(ReleaseNotHeldException::new)
                .orElseGet(() -> ScaffoldException.invalidInput("unknown version " + version + " of blueprint '" + id
                        + "' (available: " + String.join(", ", versions(id)) + ")")));
    }

    /** Every version of a blueprint this catalog can render, oldest first: the archived ones, then the current one. */
    public List<String> versions(String id) {
        List<String> versions = new ArrayList<>(archive.versions(id));
        versions.remove(get(id).version());
        versions.add(get(id).version());
        return versions;
    }

    /** The versions of a blueprint listed as released ({@code RELEASES}), oldest first, whether or not this catalog holds them. */
    public List<String> released(String id) {
        return archive.released(id);
    }

    /** The layers that compose onto the project blueprint {@code baseId}. */
    public List<Blueprint> layersOf(String baseId) {
        List<Blueprint> layers = new ArrayList<>();
        for (Blueprint blueprint : blueprints.values()) {
            if (blueprint.kind() == BlueprintKind.LAYER && blueprint.layerOf().contains(baseId)) {
                layers.add(blueprint);
            }
        }
        return layers;
    }

    /**
     * A project blueprint with the named layers on top, each named {@code ID} (its current version) or
     * {@code ID@VERSION} (a released one).
     *
     * <p>A layer asked for as the blueprint itself stands on its {@code defaultBase}; without one, it is
     * an error that names the project blueprints it composes onto.
     *
     * @throws ScaffoldException (invalid input) for unknown ids or versions, or a layer that does not fit the base
     */
    public Composition compose(String blueprint, List<String> layerReferences) {
        Blueprint base = resolve(blueprint);
        List<Blueprint> wanted = new ArrayList<>();
        if (base.kind() == BlueprintKind.LAYER) {
            Blueprint layer = base;
            base = get(layer.defaultBase().orElseThrow(() -> ScaffoldException.invalidInput("'" + layer.id()
                    + "' is a layer; use --blueprint " + String.join(" or --blueprint ", layer.layerOf())
                    + " --with " + layer.id())));
            wanted.add(layer);
        }
        for (String reference : layerReferences) {
            wanted.add(resolve(reference));
        }
        List<Blueprint> layers = new ArrayList<>();
        for (Blueprint layer : wanted) {
            if (layer.kind() != BlueprintKind.LAYER || !layer.layerOf().contains(base.id())) {
                throw ScaffoldException.invalidInput("'" + layer.id() + "' is not a layer of blueprint '" + base.id()
                        + "' (layers of it: " + String.join(", ", layersOf(base.id()).stream().map(Blueprint::id).toList()) + ")");
            }
            if (layers.stream().noneMatch(included -> included.id().equals(layer.id()))) {
                layers.add(layer);
            }
        }
        List<Blueprint> possible = layersOf(base.id()).stream().map(layer -> layers.stream()
                .filter(included -> included.id().equals(layer.id())).findFirst().orElse(layer)).toList();
        return new Composition(base, layers, possible);
    }
}

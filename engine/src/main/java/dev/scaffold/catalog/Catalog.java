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
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The blueprints available to the engine: those bundled in its jar, or those in a directory the user
 * names ({@code --source}), one sub-directory per blueprint with a {@code blueprint.yaml}.
 */
public final class Catalog {

    /** The resource that marks where the bundled blueprints are. */
    static final String BUNDLED_MARKER = "blueprints/README.md";

    private final Map<String, Blueprint> blueprints;
    private final String source;

    private Catalog(Map<String, Blueprint> blueprints, String source) {
        this.blueprints = Collections.unmodifiableMap(new TreeMap<>(blueprints));
        this.source = source;
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
            return load(readme.getParent(), "bundled");
        } catch (URISyntaxException | IOException e) {
            throw ScaffoldException.failure("cannot open the bundled blueprints: " + e.getMessage(), e);
        }
    }

    /** The blueprints in a directory. */
    public static Catalog fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw ScaffoldException.invalidInput("blueprint source " + directory + " is not a directory");
        }
        try {
            return load(directory, directory.toString());
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot read blueprints in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static Catalog load(Path root, String source) throws IOException {
        Map<String, Blueprint> found = new TreeMap<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isRegularFile(child.resolve(ManifestReader.MANIFEST))) {
                    Blueprint blueprint = ManifestReader.read(child);
                    found.put(blueprint.id(), blueprint);
                }
            }
        }
        return new Catalog(found, source);
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
     * A project blueprint with the named layers on top.
     *
     * <p>A layer asked for as the blueprint itself stands on its {@code defaultBase}; without one, it is
     * an error that names the project blueprints it composes onto.
     *
     * @throws ScaffoldException (invalid input) for unknown ids or a layer that does not fit the base
     */
    public Composition compose(String blueprintId, List<String> layerIds) {
        Blueprint base = get(blueprintId);
        List<String> wanted = new ArrayList<>(layerIds);
        if (base.kind() == BlueprintKind.LAYER) {
            Blueprint layer = base;
            base = get(layer.defaultBase().orElseThrow(() -> ScaffoldException.invalidInput("'" + layer.id()
                    + "' is a layer; use --blueprint " + String.join(" or --blueprint ", layer.layerOf())
                    + " --with " + layer.id())));
            wanted.add(0, layer.id());
        }
        List<Blueprint> layers = new ArrayList<>();
        for (String layerId : wanted.stream().distinct().toList()) {
            Blueprint layer = get(layerId);
            if (layer.kind() != BlueprintKind.LAYER || !layer.layerOf().contains(base.id())) {
                throw ScaffoldException.invalidInput("'" + layerId + "' is not a layer of blueprint '" + base.id()
                        + "' (layers of it: " + String.join(", ", layersOf(base.id()).stream().map(Blueprint::id).toList()) + ")");
            }
            layers.add(layer);
        }
        return new Composition(base, layers, layersOf(base.id()));
    }
}

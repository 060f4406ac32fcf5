package dev.scaffold.upgrade;

import dev.scaffold.ScaffoldException;
import dev.scaffold.catalog.Blueprint;
import dev.scaffold.catalog.BlueprintKind;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.Composition;
import dev.scaffold.render.Provenance.BlueprintRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which blueprints, at which versions, an upgrade renders: the target versions (refusing unknown
 * blueprints and versions, and downgrades), and the compositions of exact versions for the old and the
 * new render. {@link UpgradeSources} says which catalog each is read from.
 */
final class Versions {

    private Versions() {
    }

    /** The project blueprint at {@code to} (or its newest), and each layer at its newest version. */
    static List<BlueprintRef> targets(Catalog catalog, List<BlueprintRef> recorded, Optional<String> to) {
        List<BlueprintRef> targets = new ArrayList<>();
        for (BlueprintRef ref : recorded) {
            Blueprint current = catalog.get(ref.id());
            boolean project = targets.isEmpty();
            String version = project && to.isPresent() ? catalog.get(ref.id(), targetVersion(ref.id(), to.get())).version()
                    : current.version();
            if (compare(version, ref.version()) < 0) {
                throw ScaffoldException.invalidInput("refusing to downgrade blueprint '" + ref.id() + "' from " + ref.version()
                        + " to " + version + (project && to.isPresent() ? "" : " (the newest in " + catalog.source() + ")"));
            }
            targets.add(new BlueprintRef(ref.id(), version, ref.kind()));
        }
        return targets;
    }

    /** {@code --to VERSION}, or {@code --to ID@VERSION} naming the project's blueprint. */
    private static String targetVersion(String projectId, String to) {
        int at = to.indexOf('@');
        if (at >= 0 && !to.substring(0, at).equals(projectId)) {
            throw ScaffoldException.invalidInput("--to " + to + " names blueprint '" + to.substring(0, at)
                    + "', but the project's blueprint is '" + projectId + "'");
        }
        return to.substring(at + 1);
    }

    /**
     * The recorded blueprints at their recorded versions, plus the named layers at their newest. The
     * project blueprint must be at its newest version, the one the layers are made for.
     */
    static List<BlueprintRef> withLayers(Catalog catalog, List<BlueprintRef> recorded, List<String> layerIds) {
        BlueprintRef base = recorded.get(0);
        Blueprint newest = catalog.get(base.id());
        if (!newest.version().equals(base.version())) {
            throw ScaffoldException.invalidInput("layers are added to the newest " + base.id() + " (" + newest.version()
                    + "), and this project has " + base.version() + "; run 'scaffold upgrade' first");
        }
        List<BlueprintRef> targets = new ArrayList<>(recorded);
        for (String layerId : layerIds) {
            Blueprint layer = catalog.get(layerId);
            if (layer.kind() != BlueprintKind.LAYER || !layer.layerOf().contains(base.id())) {
                throw ScaffoldException.invalidInput("'" + layerId + "' is not a layer of blueprint '" + base.id()
                        + "' (layers of it: " + String.join(", ", catalog.layersOf(base.id()).stream().map(Blueprint::id).toList()) + ")");
            }
            if (targets.stream().anyMatch(ref -> ref.id().equals(layerId))) {
                throw ScaffoldException.invalidInput("the project already has layer '" + layerId + "'; 'scaffold upgrade' brings it up to date");
            }
            targets.add(new BlueprintRef(layer.id(), layer.version(), layer.kind().id()));
        }
        return targets;
    }

    /** The project blueprint and layers at exactly these versions. */
    static Composition compose(Catalog catalog, List<BlueprintRef> refs) {
        Blueprint base = catalog.get(refs.get(0).id(), refs.get(0).version());
        if (base.kind() != BlueprintKind.PROJECT) {
            throw ScaffoldException.invalidInput("the provenance names '" + base.id() + "' first, which is not a project blueprint");
        }
        List<Blueprint> layers = new ArrayList<>();
        for (BlueprintRef ref : refs.subList(1, refs.size())) {
            layers.add(catalog.get(ref.id(), ref.version()));
        }
        List<Blueprint> possible = new ArrayList<>(layers);
        for (Blueprint layer : catalog.layersOf(base.id())) {
            if (layers.stream().noneMatch(included -> included.id().equals(layer.id()))) {
                possible.add(layer);
            }
        }
        return new Composition(base, layers, possible);
    }

    private static int compare(String a, String b) {
        try {
            return SemanticVersion.parse(a).compareTo(SemanticVersion.parse(b));
        } catch (IllegalArgumentException e) {
            throw ScaffoldException.invalidInput("cannot compare versions " + a + " and " + b + ": " + e.getMessage());
        }
    }
}

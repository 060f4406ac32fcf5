package dev.scaffold.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What {@code scaffold list} shows of a blueprint: the top of its manifest, without the parameters,
 * rules and files that only a command using the blueprint needs (and whose checks load the JSON-Schema
 * validator).
 *
 * @param id          the catalog id, e.g. {@code hobbyist}
 * @param version     its semantic version
 * @param kind        project, or a layer over the project blueprints in {@code layerOf}
 * @param description one line for {@code scaffold list}
 * @param layerOf     for a layer: the project blueprints it composes onto
 * @param defaultBase for a layer: the project blueprint used when the layer is asked for alone, if any
 */
public record BlueprintHeader(String id, String version, BlueprintKind kind, String description, List<String> layerOf,
        Optional<String> defaultBase) {

    private static final String SEMVER = "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?";

    /** @throws IllegalArgumentException saying which field is wrong, as a manifest error */
    public BlueprintHeader {
        require(id != null, "'id' is required");
        require(id.matches("[a-z][a-z0-9-]*"), "id '" + id + "' must be lower-case letters, digits and dashes");
        require(version != null, "'version' is required");
        require(version.matches(SEMVER), "version '" + version + "' is not a semantic version");
        require(kind != null, "'kind' is required");
        require(description != null, "'description' is required");
        layerOf = List.copyOf(layerOf);
        require(kind == BlueprintKind.PROJECT || !layerOf.isEmpty(),
                "a layer must name the blueprints it composes onto in 'layerOf'");
        require(defaultBase.isEmpty() || layerOf.contains(defaultBase.get()), "defaultBase must be one of layerOf");
    }

    /** A manifest problem unless {@code condition} holds; here, so that reading a header loads no Jackson. */
    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** The header of a blueprint read whole. */
    public static BlueprintHeader of(Blueprint blueprint) {
        return new BlueprintHeader(blueprint.id(), blueprint.version(), blueprint.kind(), blueprint.description(),
                blueprint.layerOf(), blueprint.defaultBase());
    }

    /** The flag templates of a project blueprint read to know whether this layer is composed in. */
    public String layerFlag() {
        return Blueprint.layerFlag(id);
    }
}

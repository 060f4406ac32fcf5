package dev.scaffold.blueprints;

import dev.scaffold.catalog.Catalog;
import dev.scaffold.render.GeneratedProject;
import dev.scaffold.render.NewProjectRequest;
import dev.scaffold.render.ProjectGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders bundled blueprints through the engine, as {@code scaffold new --no-input} does. */
final class Render {

    private static final Catalog BUNDLED = Catalog.bundled();

    private Render() {
    }

    static GeneratedProject project(String blueprint, List<String> layers, Map<String, String> parameters, Path target, boolean write) {
        return new ProjectGenerator(BUNDLED)
                .generate(new NewProjectRequest(blueprint, layers, target, parameters, Optional.empty(), !write), Optional.empty());
    }

    /** The root of this repository (the module's parent). */
    static Path repository() {
        return Path.of(System.getProperty("scaffold.repository", "..")).toAbsolutePath().normalize();
    }
}

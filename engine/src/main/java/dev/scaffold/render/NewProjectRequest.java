package dev.scaffold.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code scaffold new} was asked to do.
 *
 * @param blueprint   the blueprint id (a project blueprint, or a layer with a default base)
 * @param layers      layer ids to compose onto it
 * @param target      the directory to create
 * @param parameters  {@code -P name=value} values, as text
 * @param answersFile an answers file, if given
 * @param dryRun      list the files without writing anything
 */
public record NewProjectRequest(String blueprint, List<String> layers, Path target, Map<String, String> parameters,
                                Optional<Path> answersFile, boolean dryRun) {

    public NewProjectRequest {
        layers = List.copyOf(layers);
        parameters = Map.copyOf(parameters);
    }
}

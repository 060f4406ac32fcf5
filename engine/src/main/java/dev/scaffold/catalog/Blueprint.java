package dev.scaffold.catalog;

import dev.scaffold.params.Derived;
import dev.scaffold.params.Parameter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A blueprint as its manifest ({@code blueprint.yaml}) describes it, with the template tree beside it.
 *
 * @param id           the catalog id, e.g. {@code hobbyist}
 * @param version      the semantic version of this blueprint
 * @param kind         project, or a layer over the project blueprints named in {@code layerOf}
 * @param description  one line for {@code scaffold list}
 * @param layerOf      for a layer: the project blueprints it composes onto
 * @param defaultBase  for a layer: the project blueprint used when the layer is asked for alone, if any
 * @param parameters   the typed parameters, in the order they are asked
 * @param derived      values the engine computes from the answers
 * @param fileRules    conditions, verbatim copies and executable bits for template files
 * @param templateRoot the {@code template/} directory (possibly inside the engine's jar)
 */
public record Blueprint(
        String id,
        String version,
        BlueprintKind kind,
        String description,
        List<String> layerOf,
        Optional<String> defaultBase,
        List<Parameter> parameters,
        List<Derived> derived,
        List<FileRule> fileRules,
        Path templateRoot) {

    public Blueprint {
        layerOf = List.copyOf(layerOf);
        parameters = List.copyOf(parameters);
        derived = List.copyOf(derived);
        fileRules = List.copyOf(fileRules);
    }

    /** The flag templates of a project blueprint read to know whether this layer is composed in. */
    public String layerFlag() {
        StringBuilder flag = new StringBuilder("with");
        for (String word : id.split("-")) {
            flag.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return flag.toString();
    }
}

package dev.scaffold.catalog;

import dev.scaffold.params.Derived;
import dev.scaffold.params.Parameter;
import dev.scaffold.params.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
 * @param rules        checks across parameters, for combinations the generated code would reject
 * @param fileRules    conditions, verbatim copies and executable bits for template files
 * @param templateRoot the {@code template/} directory (possibly inside the engine's jar)
 * @param includeRoots the {@code template/} directories of shared template libraries it includes, in order;
 *                     its own templates win over theirs at the same path
 * @param idleCost     what it costs a month while idle, line by line ({@code idleCost:}, see {@link IdleCost})
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
        List<Rule> rules,
        List<FileRule> fileRules,
        Path templateRoot,
        List<Path> includeRoots,
        List<IdleCostEntry> idleCost) {

    public Blueprint {
        layerOf = List.copyOf(layerOf);
        parameters = List.copyOf(parameters);
        derived = List.copyOf(derived);
        rules = List.copyOf(rules);
        fileRules = List.copyOf(fileRules);
        includeRoots = List.copyOf(includeRoots);
        idleCost = List.copyOf(idleCost);
    }

    /** Where its templates are read from: the included libraries first, then its own {@code template/}. */
    public List<Path> templateRoots() {
        List<Path> roots = new ArrayList<>(includeRoots);
        roots.add(templateRoot);
        return roots;
    }

    /** Whether a name has the shape of a layer flag ({@code withStepFunctions}); the catalog checks the layer exists. */
    public static boolean isLayerFlag(String name) {
        return name.matches("with[A-Z][A-Za-z0-9]*");
    }

    /** The layer flags this blueprint's conditions read. */
    public Set<String> layerFlagsRead() {
        Set<String> names = new TreeSet<>();
        derived.stream().filter(value -> value.when() != null).forEach(value -> names.addAll(value.when().names()));
        fileRules.stream().filter(rule -> rule.when() != null).forEach(rule -> names.addAll(rule.when().names()));
        idleCost.stream().filter(entry -> entry.when() != null).forEach(entry -> names.addAll(entry.when().names()));
        names.removeIf(name -> !isLayerFlag(name) || parameters.stream().anyMatch(p -> p.name().equals(name))
                || derived.stream().anyMatch(d -> d.name().equals(name)));
        return names;
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

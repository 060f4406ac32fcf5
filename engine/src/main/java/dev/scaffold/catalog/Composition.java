package dev.scaffold.catalog;

import dev.scaffold.ScaffoldException;
import dev.scaffold.params.Answers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scaffold.params.Derived;
import dev.scaffold.params.FormSchema;
import dev.scaffold.params.NotApplicable;
import dev.scaffold.params.Parameter;
import dev.scaffold.params.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code scaffold new} renders: a project blueprint and the layers composed onto it.
 *
 * <p>Templates of every part see every part's parameters and derived values, plus one flag per layer
 * that could compose onto the base ({@code withStepFunctions}), true when that layer is included.
 *
 * @param base           the project blueprint
 * @param layers         the layers included, in the order given
 * @param possibleLayers every layer of the catalog that composes onto the base
 */
public record Composition(Blueprint base, List<Blueprint> layers, List<Blueprint> possibleLayers) {

    public Composition {
        layers = List.copyOf(layers);
        possibleLayers = List.copyOf(possibleLayers);
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
    static Composition of(Catalog catalog, String blueprint, List<String> layerReferences) {
        Blueprint base = catalog.resolve(blueprint);
        List<Blueprint> wanted = new ArrayList<>();
        if (base.kind() == BlueprintKind.LAYER) {
            Blueprint layer = base;
            base = catalog.get(layer.defaultBase().orElseThrow(() -> ScaffoldException.invalidInput("'" + layer.id()
                    + "' is a layer; use --blueprint " + String.join(" or --blueprint ", layer.layerOf())
                    + " --with " + layer.id())));
            wanted.add(layer);
        }
        for (String reference : layerReferences) {
            wanted.add(catalog.resolve(reference));
        }
        List<Blueprint> layers = new ArrayList<>();
        for (Blueprint layer : wanted) {
            if (layer.kind() != BlueprintKind.LAYER || !layer.layerOf().contains(base.id())) {
                throw ScaffoldException.invalidInput("'" + layer.id() + "' is not a layer of blueprint '" + base.id()
                        + "' (layers of it: " + String.join(", ", catalog.layersOf(base.id()).stream().map(Blueprint::id).toList()) + ")");
            }
            if (layers.stream().noneMatch(included -> included.id().equals(layer.id()))) {
                layers.add(layer);
            }
        }
        List<Blueprint> possible = catalog.layersOf(base.id()).stream().map(layer -> layers.stream()
                .filter(included -> included.id().equals(layer.id())).findFirst().orElse(layer)).toList();
        return new Composition(base, layers, possible);
    }

    /** The base first, then its layers. */
    public List<Blueprint> parts() {
        List<Blueprint> parts = new ArrayList<>();
        parts.add(base);
        parts.addAll(layers);
        return parts;
    }

    /**
     * Every part's parameters, base first; a layer may re-declare a base parameter of the same type
     * to share it.
     *
     * @throws IllegalStateException when two parts declare one name with different types
     */
    public List<Parameter> parameters() {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (Blueprint part : parts()) {
            for (Parameter parameter : part.parameters()) {
                Parameter earlier = parameters.putIfAbsent(parameter.name(), parameter);
                if (earlier != null && earlier.type() != parameter.type()) {
                    throw new IllegalStateException("blueprints " + base.id() + " and " + part.id()
                            + " both declare parameter '" + parameter.name() + "' with different types");
                }
            }
        }
        return List.copyOf(parameters.values());
    }

    /** The whole form as one JSON Schema (see {@link FormSchema}), titled with the parts and their versions. */
    public ObjectNode jsonSchema() {
        String title = String.join(" + ", parts().stream().map(part -> part.id() + " " + part.version()).toList());
        return FormSchema.of(title, base.description(), parameters(), rules());
    }

    /** Every part's rules across parameters. */
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        parts().forEach(part -> rules.addAll(part.rules()));
        return rules;
    }

    /** Every part's derived values, then the layer flags. */
    public List<Derived> derived() {
        List<Derived> derived = new ArrayList<>();
        parts().forEach(part -> derived.addAll(part.derived()));
        return derived;
    }

    /**
     * The values templates see: {@code scaffold} (see {@link #scaffoldValues()}), the layer flags, every answer (secrets included: they may render into
     * files, never into provenance) with an empty text for an unanswered optional parameter and
     * {@link NotApplicable} for one whose {@code when:} is false, then the derived values in manifest order,
     * and (when a part declares {@code idleCost:}) the estimated idle cost as {@code idleCostMonthlyUsd}.
     */
    public Map<String, Object> templateContext(Answers answers) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("scaffold", scaffoldValues());
        context.putAll(layerFlags());
        Map<String, Object> applicable = new LinkedHashMap<>();
        List<Parameter> parameters = parameters();
        for (Parameter parameter : parameters) {
            if (parameter.appliesTo(applicable)) {
                Object value = answers.values().getOrDefault(parameter.name(), "");
                applicable.put(parameter.name(), value);
                context.put(parameter.name(), value);
            } else {
                context.put(parameter.name(), new NotApplicable(parameter.name(), parameter.appliesOnlyWhen(parameters)));
            }
        }
        for (Derived value : derived()) {
            context.put(value.name(), value.compute(context));
        }
        if (IdleCost.declared(parts())) {
            context.put(IdleCost.TEMPLATE_VARIABLE, IdleCost.estimate(parts(), context).monthlyUsd().toPlainString());
        }
        return context;
    }

    /**
     * What templates know of the render itself, under the name {@code scaffold} (a parameter of that name
     * hides it): {@code scaffold.blueprint.id} and {@code scaffold.blueprint.version} of the base, and
     * {@code scaffold.layers}, the included layers as {@code id@version} separated by commas (empty
     * without layers), e.g. for a project's {@code catalog-info.yaml}.
     */
    public Map<String, Object> scaffoldValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("blueprint", Map.of("id", base.id(), "version", base.version()));
        values.put("layers", String.join(",", layers.stream().map(layer -> layer.id() + "@" + layer.version()).toList()));
        return values;
    }

    /** The layer flags: {@code withStepFunctions = true} for each included layer, false for the others. */
    public Map<String, Boolean> layerFlags() {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (Blueprint layer : possibleLayers) {
            flags.put(layer.layerFlag(), layers.contains(layer));
        }
        return flags;
    }
}

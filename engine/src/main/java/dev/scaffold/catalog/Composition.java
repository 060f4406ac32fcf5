package dev.scaffold.catalog;

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
     * The values templates see: the layer flags, every answer (secrets included: they may render into
     * files, never into provenance) with an empty text for an unanswered optional parameter and
     * {@link NotApplicable} for one whose {@code when:} is false, then the derived values in manifest order,
     * and (when a part declares {@code idleCost:}) the estimated idle cost as {@code idleCostMonthlyUsd}.
     */
    public Map<String, Object> templateContext(Answers answers) {
        Map<String, Object> context = new LinkedHashMap<>(layerFlags());
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

    /** The layer flags: {@code withStepFunctions = true} for each included layer, false for the others. */
    public Map<String, Boolean> layerFlags() {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (Blueprint layer : possibleLayers) {
            flags.put(layer.layerFlag(), layers.contains(layer));
        }
        return flags;
    }
}

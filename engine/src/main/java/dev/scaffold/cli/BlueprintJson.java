package dev.scaffold.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scaffold.catalog.Blueprint;
import dev.scaffold.catalog.IdleCost;
import dev.scaffold.catalog.IdleCostEntry;
import dev.scaffold.params.Parameter;
import java.util.List;

/** Blueprints as JSON, for {@code list --format json}, {@code describe --format json} and {@code serve}'s API. */
public final class BlueprintJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BlueprintJson() {
    }

    /** id, version, kind, description, and for a layer what it composes onto. */
    public static ObjectNode summary(Blueprint blueprint) {
        ObjectNode node = JSON.createObjectNode().put("id", blueprint.id()).put("version", blueprint.version())
                .put("kind", blueprint.kind().id()).put("description", blueprint.description());
        if (!blueprint.layerOf().isEmpty()) {
            blueprint.layerOf().forEach(node.putArray("layerOf")::add);
            blueprint.defaultBase().ifPresent(base -> node.put("defaultBase", base));
        }
        return node;
    }

    /** The summaries, each with its idle cost at the defaults when it declares one (a layer: what it adds). */
    public static ArrayNode list(List<Blueprint> blueprints) {
        ArrayNode list = JSON.createArrayNode();
        for (Blueprint blueprint : blueprints) {
            ObjectNode node = summary(blueprint);
            if (!blueprint.idleCost().isEmpty()) {
                node.putObject("idleCost").put("monthlyUsd", IdleCost.atDefaults(List.of(blueprint)).monthlyUsd())
                        .put("summary", IdleCost.summaryAtDefaults(blueprint));
            }
            list.add(node);
        }
        return list;
    }

    /** A blueprint's {@code idleCost:} lines as declared, and their total at the defaults. */
    private static void idleCost(ObjectNode node, Blueprint blueprint) {
        if (blueprint.idleCost().isEmpty()) {
            return;
        }
        ObjectNode idleCost = node.putObject("idleCost").put("monthlyUsd", IdleCost.atDefaults(List.of(blueprint)).monthlyUsd());
        ArrayNode entries = idleCost.putArray("entries");
        for (IdleCostEntry entry : blueprint.idleCost()) {
            ObjectNode line = entries.addObject().put("item", entry.item()).put("monthlyUsd", entry.monthlyUsd());
            if (entry.arithmetic() != null) {
                line.put("arithmetic", entry.arithmetic());
            }
            if (entry.perUnit() != null) {
                line.put("perUnit", entry.perUnit());
            }
            if (entry.when() != null) {
                line.put("when", entry.when().toString());
            }
        }
    }

    /** The summary, its layers, each parameter as {@code describe} shows it, the rules and the idle-cost lines. */
    static ObjectNode describe(Blueprint blueprint, List<Blueprint> layers) {
        ObjectNode node = summary(blueprint);
        if (!layers.isEmpty()) {
            ArrayNode names = node.putArray("layers");
            layers.forEach(layer -> names.add(layer.id()));
        }
        ArrayNode parameters = node.putArray("parameters");
        for (Parameter parameter : blueprint.parameters()) {
            ObjectNode entry = parameters.addObject().put("name", parameter.name()).put("type", parameter.type().id());
            if (parameter.title() != null) {
                entry.put("title", parameter.title());
            }
            entry.put("help", parameter.help()).put("allowed", parameter.allowed())
                    .put("requirement", parameter.requirement()).put("secret", parameter.secret());
            if (parameter.hasDefault()) {
                entry.set("default", JSON.valueToTree(parameter.defaultValue()));
            }
            if (parameter.when() != null) {
                entry.put("when", parameter.when().toString());
            }
        }
        ArrayNode rules = node.putArray("rules");
        blueprint.rules().forEach(rule -> {
            ObjectNode entry = rules.addObject().put("condition", rule.condition().toString()).put("message", rule.message());
            if (rule.when() != null) {
                entry.put("when", rule.when().toString());
            }
        });
        idleCost(node, blueprint);
        return node;
    }
}

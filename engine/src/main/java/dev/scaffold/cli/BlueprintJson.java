package dev.scaffold.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scaffold.catalog.Blueprint;
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

    static ArrayNode list(List<Blueprint> blueprints) {
        ArrayNode list = JSON.createArrayNode();
        blueprints.forEach(blueprint -> list.add(summary(blueprint)));
        return list;
    }

    /** The summary, its layers, each parameter as {@code describe} shows it, and the rules. */
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
        return node;
    }
}

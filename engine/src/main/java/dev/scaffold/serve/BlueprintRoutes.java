package dev.scaffold.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scaffold.catalog.Blueprint;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.cli.BlueprintJson;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code GET /api/blueprints}: what {@code scaffold list --format json} prints (idle cost at the defaults
 * included), each entry with the ids of the layers that compose onto it; {@code GET /api/blueprints/{id}/schema?with=LAYER}: exactly what
 * {@code scaffold describe ID --with LAYER --format json-schema} prints.
 */
final class BlueprintRoutes {

    private final Supplier<Catalog> catalog;

    BlueprintRoutes(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    void list(Context ctx) {
        Catalog current = catalog.get();
        List<Blueprint> blueprints = current.list();
        ArrayNode list = BlueprintJson.list(blueprints);
        for (int i = 0; i < blueprints.size(); i++) {
            ArrayNode layers = ((ObjectNode) list.get(i)).putArray("layers");
            current.layersOf(blueprints.get(i).id()).forEach(layer -> layers.add(layer.id()));
        }
        Json.send(ctx, list);
    }

    void schema(Context ctx) {
        Catalog current = catalog.get();
        String id = ctx.pathParam("id");
        List<String> layers = ctx.queryParams("with");
        List<String> references = new ArrayList<>(layers);
        references.add(0, id);
        Lookup.requireKnown(current, references);
        Json.send(ctx, current.compose(id, layers).jsonSchema());
    }
}

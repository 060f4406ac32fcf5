package dev.scaffold.serve;

import dev.scaffold.ScaffoldException;
import dev.scaffold.catalog.Blueprint;
import dev.scaffold.catalog.Catalog;
import java.util.List;

/**
 * Answers 404 for a blueprint or version the catalog does not have, with the message the CLI gives for it
 * (the catalog's own, with its suggestions); everything else the catalog refuses stays a 400.
 */
final class Lookup {

    private Lookup() {
    }

    /**
     * @param references {@code ID} or {@code ID@VERSION}: the blueprint and its layers
     * @throws ApiError 404 when one names an unknown blueprint or version
     */
    static void requireKnown(Catalog catalog, List<String> references) {
        List<String> ids = catalog.list().stream().map(Blueprint::id).toList();
        for (String reference : references) {
            int at = reference.indexOf('@');
            String id = at < 0 ? reference : reference.substring(0, at);
            try {
                if (!ids.contains(id)) {
                    catalog.get(id);
                } else if (at >= 0 && !catalog.versions(id).contains(reference.substring(at + 1))) {
                    catalog.get(id, reference.substring(at + 1));
                }
            } catch (ScaffoldException e) {
                throw ApiError.of(404, e);
            }
        }
    }
}

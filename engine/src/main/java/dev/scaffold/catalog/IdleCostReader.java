package dev.scaffold.catalog;

import static dev.scaffold.catalog.ManifestReader.require;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaffold.Suggestions;
import dev.scaffold.params.Condition;
import dev.scaffold.params.Parameter;
import dev.scaffold.params.ParameterType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a manifest's {@code idleCost:} list and checks each entry: an item, a monthly amount in US dollars
 * that is a number and not negative, a {@code when:} that parses and reads only names the manifest knows
 * (its parameters, derived values and layer flags), and a {@code perUnit} naming one of its integer
 * parameters. A problem is one line naming the entry.
 */
final class IdleCostReader {

    private static final Set<String> FIELDS = Set.of("item", "monthlyUsd", "arithmetic", "perUnit", "when");

    private IdleCostReader() {
    }

    /**
     * @param known      the parameter and derived value names of the manifest
     * @param parameters its parameters, for the type of {@code perUnit}
     */
    static List<IdleCostEntry> read(JsonNode root, String id, Set<String> known, List<Parameter> parameters) {
        require(!known.contains(IdleCost.TEMPLATE_VARIABLE), "'" + IdleCost.TEMPLATE_VARIABLE + "' is the name templates see"
                + " the idle cost under: name the parameter or derived value otherwise");
        JsonNode list = root.path("idleCost");
        require(list.isMissingNode() || list.isNull() || list.isArray(), "idleCost of " + id + " must be a list of entries");
        List<IdleCostEntry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode node : list) {
            index++;
            String where = "idleCost entry " + index + " of " + id
                    + (node.path("item").isTextual() ? " ('" + node.path("item").asText() + "')" : "");
            require(node.isObject(), where + " must be a map with item and monthlyUsd");
            entries.add(entry(node, where, known, parameters));
        }
        return entries;
    }

    private static IdleCostEntry entry(JsonNode node, String where, Set<String> known, List<Parameter> parameters) {
        for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            require(FIELDS.contains(field), where + " has unknown field '" + field + "'"
                    + Suggestions.didYouMean(field, List.copyOf(FIELDS)) + " (fields: item, monthlyUsd, arithmetic, perUnit, when)");
        }
        require(node.path("item").isTextual() && !node.path("item").asText().isBlank(), where + " needs an item (what it is)");
        JsonNode amount = node.path("monthlyUsd");
        require(amount.isNumber(), where + " needs monthlyUsd, a number of US dollars a month");
        BigDecimal monthlyUsd = amount.decimalValue();
        require(monthlyUsd.signum() >= 0, where + " has a negative monthlyUsd (" + monthlyUsd.toPlainString() + ")");
        String perUnit = textOrNull(node, "perUnit", where);
        if (perUnit != null) {
            List<String> integers = parameters.stream().filter(p -> p.type() == ParameterType.INTEGER).map(Parameter::name).toList();
            require(integers.contains(perUnit), where + " has perUnit '" + perUnit + "', which is not an integer parameter of"
                    + " this blueprint" + Suggestions.didYouMean(perUnit, integers));
        }
        String whenText = textOrNull(node, "when", where);
        Condition when = null;
        if (whenText != null) {
            try {
                when = Condition.parse(whenText);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + " has a broken when: " + e.getMessage(), e);
            }
            for (String name : when.names()) {
                require(known.contains(name) || Blueprint.isLayerFlag(name), where + " (when: " + whenText + ") reads unknown '"
                        + name + "'" + Suggestions.didYouMean(name, List.copyOf(known)));
            }
        }
        return new IdleCostEntry(node.path("item").asText(), textOrNull(node, "arithmetic", where), monthlyUsd, perUnit, when);
    }

    private static String textOrNull(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        require(value.isTextual(), where + ": " + field + " must be a text");
        return value.asText();
    }
}

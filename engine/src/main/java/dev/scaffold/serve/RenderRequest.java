package dev.scaffold.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/render}: {@code {"blueprint": "enterprise", "version": "1.2.0", "with":
 * ["step-functions"], "answers": {"projectName": "..."}}}.
 *
 * <p>Each answer becomes the text {@code scaffold new -P name=value} would take (a number or boolean as
 * written, a list comma-joined), so the engine validates it exactly as it validates the CLI's; a
 * {@code null} answer is one not given.
 *
 * @param blueprint  the blueprint id, {@code ID@VERSION} when a version is given
 * @param layers     the layer ids to compose onto it
 * @param parameters the answers as {@code -P} texts, in the order given
 */
record RenderRequest(String blueprint, List<String> layers, Map<String, String> parameters) {

    /** @throws ApiError 400 when the body is not such an object */
    static RenderRequest parse(byte[] body) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.of(400, "the request body is not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ApiError.of(400, "cannot read the request body: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiError.of(400, "the request body must be a JSON object with \"blueprint\" and \"answers\"");
        }
        String blueprint = text(root, "blueprint", true);
        String version = text(root, "version", false);
        List<String> layers = new ArrayList<>();
        JsonNode with = root.path("with");
        if (!with.isMissingNode() && !with.isNull()) {
            if (!with.isArray()) {
                throw ApiError.of(400, "\"with\" must be an array of layer ids");
            }
            with.forEach(layer -> layers.add(layer.asText()));
        }
        JsonNode answers = root.path("answers");
        if (!answers.isMissingNode() && !answers.isNull() && !answers.isObject()) {
            throw ApiError.of(400, "\"answers\" must be an object of parameter names to values");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        answers.fields().forEachRemaining(answer -> {
            if (!answer.getValue().isNull()) {
                parameters.put(answer.getKey(), cliText(answer.getKey(), answer.getValue()));
            }
        });
        return new RenderRequest(version == null ? blueprint : blueprint + "@" + version, layers, parameters);
    }

    /** Every blueprint the request names: the blueprint, then its layers. */
    List<String> references() {
        List<String> references = new ArrayList<>(layers);
        references.add(0, blueprint);
        return references;
    }

    private static String text(JsonNode root, String field, boolean required) {
        JsonNode node = root.path(field);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                throw ApiError.of(400, "the request body has no \"" + field + "\"");
            }
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw ApiError.of(400, "\"" + field + "\" must be a non-empty string");
        }
        return node.asText();
    }

    /** The value as {@code -P name=value} would give it. */
    private static String cliText(String name, JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.asText();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isValueNode() || item.isNull()) {
                    throw ApiError.about(name, "invalid value for parameter '" + name + "': a list holds texts");
                }
                if (item.asText().contains(",")) {
                    throw ApiError.about(name, "invalid value for parameter '" + name + "': '" + item.asText()
                            + "' (a list item cannot hold a comma: -P " + name + "=... is comma-separated)");
                }
                items.add(item.asText());
            }
            return String.join(",", items);
        }
        throw ApiError.about(name, "invalid value for parameter '" + name + "': expected a string, number, boolean or array");
    }
}

package dev.scaffold.catalog;

import static dev.scaffold.catalog.ManifestReader.require;
import static dev.scaffold.catalog.ManifestReader.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.scaffold.Suggestions;
import dev.scaffold.params.Condition;
import dev.scaffold.params.FormSchema;
import dev.scaffold.params.Formats;
import dev.scaffold.params.Parameter;
import dev.scaffold.params.ParameterType;
import dev.scaffold.params.ParameterValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one parameter of a manifest and checks it: text constrained by a pattern or format, a default
 * that passes its own checks, and conditions ({@code required: <condition>}, {@code when:}) that read only
 * parameters declared before it, so that those are answered, and asked, first.
 */
final class ParameterReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String NAME = "[A-Za-z][A-Za-z0-9_]*";

    private ParameterReader() {
    }

    /**
     * @param earlier  the parameters declared before it, which alone its conditions may read
     * @param declared every parameter name of the manifest, to tell a later one from an unknown one
     */
    static Parameter read(JsonNode node, Set<String> earlier, List<String> declared) {
        String name = text(node, "name", true);
        require(name.matches(NAME), "parameter name '" + name + "' must be a letter followed by letters, digits or _");
        ParameterType type = ParameterType.fromId(text(node, "type", true));
        List<String> choices = new ArrayList<>();
        node.path("choices").forEach(choice -> choices.add(choice.asText()));
        String pattern = text(node, "pattern", false);
        String format = text(node, "format", false);
        require(format == null || Formats.exists(format), "parameter '" + name + "' has unknown format '" + format + "'");
        require(!(type == ParameterType.CHOICE || type == ParameterType.MULTICHOICE) || !choices.isEmpty(),
                type.id() + " parameter '" + name + "' needs 'choices'");
        require(!(type == ParameterType.STRING || type == ParameterType.LIST) || pattern != null || format != null,
                "text parameter '" + name + "' needs a pattern or a format, so that no value can break the generated sources");
        boolean hasDefault = node.has("default") && !node.get("default").isNull();
        Condition requiredWhen = requiredWhen(node, name, hasDefault, earlier, declared);
        String whenText = text(node, "when", false);
        Condition when = whenText == null ? null
                : readsEarlier(Condition.parse(whenText), name, "when: " + whenText, earlier, declared);
        Parameter parameter = new Parameter(name, type, text(node, "title", false), text(node, "help", true),
                null, requiredWhen == null && node.path("required").asBoolean(!hasDefault), pattern,
                node.has("minimum") ? node.get("minimum").asLong() : null,
                node.has("maximum") ? node.get("maximum").asLong() : null,
                choices, format, node.path("secret").asBoolean(false), requiredWhen, when);
        if (!hasDefault) {
            return parameter;
        }
        Object defaultValue = ParameterValidator.fromDocument(parameter, YAML.convertValue(node.get("default"), Object.class));
        return new Parameter(name, type, parameter.title(), parameter.help(), defaultValue, parameter.required(),
                pattern, parameter.minimum(), parameter.maximum(), choices, format, parameter.secret(), null, when);
    }

    /** {@code required: <condition>} (a text, not true or false): it reads only earlier parameters and excludes a default. */
    private static Condition requiredWhen(JsonNode node, String name, boolean hasDefault, Set<String> earlier,
                                          List<String> declared) {
        JsonNode required = node.path("required");
        require(required.isMissingNode() || required.isNull() || required.isBoolean() || required.isTextual(),
                "parameter '" + name + "': 'required' must be true, false or a condition");
        if (!required.isTextual()) {
            return null;
        }
        Condition condition = Condition.parse(required.asText());
        require(!hasDefault, "parameter '" + name + "' (required: " + condition + ") has a default, so it is never missing:"
                + " drop the default or the condition");
        return readsEarlier(condition, name, "required: " + condition, earlier, declared);
    }

    private static Condition readsEarlier(Condition condition, String name, String what, Set<String> earlier,
                                          List<String> declared) {
        String where = "parameter '" + name + "' (" + what + ")";
        require(FormSchema.expressible(condition), where + " compares two parameters: compare a parameter only with a"
                + " value here (so the JSON Schema of the form can say it), and put the comparison in rules:");
        for (String read : condition.names()) {
            require(declared.contains(read), where + " reads unknown '" + read + "'" + Suggestions.didYouMean(read, declared));
            require(!read.equals(name), where + " reads itself");
            require(earlier.contains(read), where + " reads '" + read + "', which is declared after it:"
                    + " declare '" + read + "' first, so that it is answered first");
        }
        return condition;
    }
}

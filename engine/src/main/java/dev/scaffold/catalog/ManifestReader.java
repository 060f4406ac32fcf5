package dev.scaffold.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.scaffold.ScaffoldException;
import dev.scaffold.Suggestions;
import dev.scaffold.params.Condition;
import dev.scaffold.params.Derived;
import dev.scaffold.params.Formats;
import dev.scaffold.params.InvalidValueException;
import dev.scaffold.params.Parameter;
import dev.scaffold.params.ParameterType;
import dev.scaffold.params.ParameterValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a blueprint manifest ({@code blueprint.yaml}) and checks that it is sound: valid ids and
 * versions, every text parameter constrained by a pattern or format (so no value can break the
 * generated sources), defaults that pass their own checks, conditions naming only known values (a
 * conditional {@code required} only parameters declared before it).
 */
public final class ManifestReader {

    public static final String MANIFEST = "blueprint.yaml";
    public static final String TEMPLATE_DIR = "template";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String NAME = "[A-Za-z][A-Za-z0-9_]*";
    private static final String SEMVER = "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?";

    private ManifestReader() {
    }

    /**
     * Reads the blueprint in {@code directory}, whose {@code include} entries name template libraries
     * (directories holding a {@code template/}) relative to the catalog root.
     *
     * @throws ScaffoldException (failure) saying which manifest is broken and how
     */
    public static Blueprint read(Path directory, Path catalogRoot) {
        Containment.inside(directory, "blueprint directory " + directory, catalogRoot, "blueprint source");
        Path manifest = directory.resolve(MANIFEST);
        Containment.inside(manifest, "manifest " + manifest, directory, "its blueprint's directory");
        try (InputStream in = Files.newInputStream(manifest)) {
            return parse(YAML.readTree(in), directory, catalogRoot);
        } catch (IOException | IllegalArgumentException | InvalidValueException e) {
            throw new ScaffoldException(dev.scaffold.ExitCodes.FAILURE,
                    "blueprint manifest " + manifest + " is invalid: " + e.getMessage(), e);
        }
    }

    private static Blueprint parse(JsonNode root, Path directory, Path catalogRoot) {
        String id = text(root, "id", true);
        require(id.matches("[a-z][a-z0-9-]*"), "id '" + id + "' must be lower-case letters, digits and dashes");
        String version = text(root, "version", true);
        require(version.matches(SEMVER), "version '" + version + "' is not a semantic version");
        BlueprintKind kind = BlueprintKind.valueOf(text(root, "kind", true).toUpperCase(java.util.Locale.ROOT));
        List<String> layerOf = new ArrayList<>();
        root.path("layerOf").forEach(node -> layerOf.add(node.asText()));
        require(kind == BlueprintKind.PROJECT || !layerOf.isEmpty(), "a layer must name the blueprints it composes onto in 'layerOf'");
        Optional<String> defaultBase = Optional.ofNullable(text(root, "defaultBase", false));
        require(defaultBase.isEmpty() || layerOf.contains(defaultBase.get()), "defaultBase must be one of layerOf");

        List<Parameter> parameters = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<String> declared = new ArrayList<>();
        root.path("parameters").forEach(node -> declared.add(node.path("name").asText()));
        for (JsonNode node : root.path("parameters")) {
            Parameter parameter = parameter(node, names, declared);
            require(names.add(parameter.name()), "parameter '" + parameter.name() + "' is declared twice");
            parameters.add(parameter);
        }

        List<Derived> derived = new ArrayList<>();
        for (JsonNode node : root.path("derived")) {
            Derived value = derived(node);
            if (value.when() != null) {
                requireKnown(value.when(), names, "derived value '" + value.name() + "'");
            } else {
                require(names.contains(value.from()), "derived value '" + value.name() + "' reads unknown '" + value.from() + "'");
            }
            require(names.add(value.name()), "derived value '" + value.name() + "' reuses a name");
            derived.add(value);
        }

        List<FileRule> rules = new ArrayList<>();
        for (JsonNode node : root.path("files")) {
            FileRule rule = fileRule(node);
            if (rule.when() != null) {
                requireKnown(rule.when(), names, "file rule '" + rule.glob() + "'");
            }
            rules.add(rule);
        }
        return new Blueprint(id, version, kind, text(root, "description", true), layerOf, defaultBase,
                parameters, derived, rules, directory.resolve(TEMPLATE_DIR), includes(root, catalogRoot));
    }

    private static List<Path> includes(JsonNode root, Path catalogRoot) {
        List<Path> includes = new ArrayList<>();
        for (JsonNode node : root.path("include")) {
            String name = node.asText();
            require(name.matches("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*"), "include '" + name + "' must be a relative path of plain names");
            Containment.inside(catalogRoot.resolve(name), "include '" + name + "'", catalogRoot, "blueprint source");
            Path library = catalogRoot.resolve(name).resolve(TEMPLATE_DIR);
            require(Files.isDirectory(library), "include '" + name + "' has no " + TEMPLATE_DIR + "/ directory under " + catalogRoot);
            includes.add(library);
        }
        return includes;
    }

    /**
     * @param earlier  the parameters declared before it, which alone a {@code required: <condition>} may read
     *                 (so that they are answered, and asked, first)
     * @param declared every parameter name of the manifest, to tell a later one from an unknown one
     */
    private static Parameter parameter(JsonNode node, Set<String> earlier, List<String> declared) {
        String name = text(node, "name", true);
        require(name.matches(NAME), "parameter name '" + name + "' must be a letter followed by letters, digits or _");
        ParameterType type = ParameterType.fromId(text(node, "type", true));
        List<String> choices = new ArrayList<>();
        node.path("choices").forEach(choice -> choices.add(choice.asText()));
        String pattern = text(node, "pattern", false);
        String format = text(node, "format", false);
        require(format == null || Formats.exists(format), "parameter '" + name + "' has unknown format '" + format + "'");
        require(type != ParameterType.CHOICE || !choices.isEmpty(), "choice parameter '" + name + "' needs 'choices'");
        require(!(type == ParameterType.STRING || type == ParameterType.LIST) || pattern != null || format != null,
                "text parameter '" + name + "' needs a pattern or a format, so that no value can break the generated sources");
        boolean hasDefault = node.has("default") && !node.get("default").isNull();
        Condition requiredWhen = requiredWhen(node, name, hasDefault, earlier, declared);
        Parameter parameter = new Parameter(name, type, text(node, "title", false), text(node, "help", true),
                null, requiredWhen == null && node.path("required").asBoolean(!hasDefault), pattern,
                node.has("minimum") ? node.get("minimum").asLong() : null,
                node.has("maximum") ? node.get("maximum").asLong() : null,
                choices, format, node.path("secret").asBoolean(false), requiredWhen);
        if (!hasDefault) {
            return parameter;
        }
        Object defaultValue = ParameterValidator.fromDocument(parameter, YAML.convertValue(node.get("default"), Object.class));
        return new Parameter(name, type, parameter.title(), parameter.help(), defaultValue, parameter.required(),
                pattern, parameter.minimum(), parameter.maximum(), choices, format, parameter.secret(), null);
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
        String where = "parameter '" + name + "' (required: " + condition + ")";
        require(!hasDefault, where + " has a default, so it is never missing: drop the default or the condition");
        for (String read : condition.names()) {
            require(declared.contains(read), where + " reads unknown '" + read + "'" + Suggestions.didYouMean(read, declared));
            require(!read.equals(name), where + " reads itself");
            require(earlier.contains(read), where + " reads '" + read + "', which is declared after it:"
                    + " declare '" + read + "' first, so that it is answered first");
        }
        return condition;
    }

    private static Derived derived(JsonNode node) {
        String name = text(node, "name", true);
        require(name.matches(NAME), "derived name '" + name + "' must be a letter followed by letters, digits or _");
        String when = text(node, "when", false);
        return new Derived(name, text(node, "from", false), text(node, "transform", false),
                when == null ? null : Condition.parse(when));
    }

    private static FileRule fileRule(JsonNode node) {
        String when = text(node, "when", false);
        return new FileRule(text(node, "path", true), when == null ? null : Condition.parse(when),
                node.path("verbatim").asBoolean(false), node.path("executable").asBoolean(false));
    }

    private static void requireKnown(Condition condition, Set<String> names, String where) {
        for (String name : condition.names()) {
            require(names.contains(name) || Blueprint.isLayerFlag(name), where + " reads unknown '" + name + "'");
        }
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            require(!required, "'" + field + "' is required");
            return null;
        }
        return value.asText();
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}

package dev.scaffold.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.scaffold.ScaffoldException;
import dev.scaffold.Suggestions;
import dev.scaffold.params.Condition;
import dev.scaffold.params.Derived;
import dev.scaffold.params.InvalidValueException;
import dev.scaffold.params.Parameter;
import dev.scaffold.params.Rule;
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
 * parameter's {@code required:} and {@code when:} only parameters declared before it; see
 * {@link ParameterReader}), {@code rules:} reading only parameters, and {@code idleCost:} lines (see
 * {@link IdleCostReader}).
 */
public final class ManifestReader {

    public static final String MANIFEST = "blueprint.yaml";
    public static final String TEMPLATE_DIR = "template";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String NAME = "[A-Za-z][A-Za-z0-9_]*";

    private ManifestReader() {
    }

    /**
     * Reads the blueprint in {@code directory}, whose {@code include} entries name template libraries
     * (directories holding a {@code template/}) relative to the catalog root.
     *
     * @throws ScaffoldException (failure) saying which manifest is broken and how
     */
    public static Blueprint read(Path directory, Path catalogRoot) {
        Path manifest = Containment.manifestOf(directory, catalogRoot);
        try (InputStream in = Files.newInputStream(manifest)) {
            return parse(YAML.readTree(in), directory, catalogRoot);
        } catch (IOException | IllegalArgumentException | InvalidValueException e) {
            throw new ScaffoldException(dev.scaffold.ExitCodes.FAILURE,
                    "blueprint manifest " + manifest + " is invalid: " + e.getMessage(), e);
        }
    }

    private static Blueprint parse(JsonNode root, Path directory, Path catalogRoot) {
        List<String> layerOf = new ArrayList<>();
        root.path("layerOf").forEach(node -> layerOf.add(node.asText()));
        String kind = text(root, "kind", false);
        BlueprintHeader header = new BlueprintHeader(text(root, "id", false), text(root, "version", false),
                kind == null ? null : BlueprintKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
                text(root, "description", false), layerOf, Optional.ofNullable(text(root, "defaultBase", false)));

        List<Parameter> parameters = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<String> declared = new ArrayList<>();
        root.path("parameters").forEach(node -> declared.add(node.path("name").asText()));
        for (JsonNode node : root.path("parameters")) {
            Parameter parameter = ParameterReader.read(node, names, declared);
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

        List<FileRule> fileRules = new ArrayList<>();
        for (JsonNode node : root.path("files")) {
            FileRule rule = fileRule(node);
            if (rule.when() != null) {
                requireKnown(rule.when(), names, "file rule '" + rule.glob() + "'");
            }
            fileRules.add(rule);
        }
        return new Blueprint(header.id(), header.version(), header.kind(), header.description(), header.layerOf(),
                header.defaultBase(), parameters, derived, rules(root, parameters), fileRules, directory.resolve(TEMPLATE_DIR),
                includes(root, catalogRoot), IdleCostReader.read(root, header.id(), names, parameters));
    }

    /** {@code rules:}: a condition that must hold, a message, and optionally when it applies; they read only parameters. */
    private static List<Rule> rules(JsonNode root, List<Parameter> parameters) {
        List<String> known = parameters.stream().map(Parameter::name).toList();
        List<Rule> rules = new ArrayList<>();
        for (JsonNode node : root.path("rules")) {
            String when = text(node, "when", false);
            Rule rule = new Rule(Condition.parse(text(node, "condition", true)), text(node, "message", true),
                    when == null ? null : Condition.parse(when));
            for (String name : rule.names()) {
                require(known.contains(name), "rule '" + rule.condition() + "' reads unknown parameter '" + name + "'"
                        + Suggestions.didYouMean(name, known));
            }
            rules.add(rule);
        }
        return rules;
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

    static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            require(!required, "'" + field + "' is required");
            return null;
        }
        return value.asText();
    }

    static void require(boolean condition, String problem) {
        BlueprintHeader.require(condition, problem);
    }
}

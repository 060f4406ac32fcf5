package dev.scaffold.cli;

import dev.scaffold.ExitCodes;
import dev.scaffold.catalog.Blueprint;
import dev.scaffold.catalog.BlueprintKind;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.params.Parameter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scaffold describe <id>[@<version>]}: a blueprint's parameters. */
@Command(name = "describe", mixinStandardHelpOptions = true, versionProvider = ScaffoldCli.Version.class,
        description = "Show a blueprint's parameters (name, type, default, what is allowed, help, when it applies) and rules,"
                + " or the whole form as one JSON Schema.")
final class DescribeCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOption source;

    @Parameters(paramLabel = "ID[@VERSION]", description = "The blueprint id, as 'scaffold list' shows it; @VERSION for a released older version.")
    String id;

    @Option(names = "--with", paramLabel = "LAYER", description = "A layer composed onto the blueprint (for json-schema); repeatable.")
    List<String> layers = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, or json-schema: the whole form (with the layers) as one JSON Schema, draft 2020-12.")
    String format;

    DescribeCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (!List.of("text", "json", "json-schema").contains(format)) {
            throw new ParameterException(spec.commandLine(), "--format must be text, json or json-schema, not '" + format + "'");
        }
        Catalog catalog = source.catalog(environment);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json-schema")) {
            out.println(catalog.compose(id, layers).jsonSchema().toPrettyString());
            out.flush();
            return ExitCodes.OK;
        }
        if (!layers.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--with needs --format json-schema");
        }
        Blueprint blueprint = catalog.resolve(id);
        if (format.equals("json")) {
            out.println(BlueprintJson.describe(blueprint, catalog.layersOf(blueprint.id())).toPrettyString());
            out.flush();
            return ExitCodes.OK;
        }
        out.printf("%s %s (%s): %s%n", blueprint.id(), blueprint.version(), blueprint.kind().id(), blueprint.description());
        if (blueprint.kind() == BlueprintKind.LAYER) {
            out.printf("Layer of: %s (scaffold new --blueprint %s --with %s)%n",
                    String.join(", ", blueprint.layerOf()), blueprint.layerOf().get(0), blueprint.id());
            blueprint.defaultBase().ifPresent(base -> out.printf("Asked for alone (--blueprint %s), it composes onto %s.%n",
                    blueprint.id(), base));
        } else if (!catalog.layersOf(blueprint.id()).isEmpty()) {
            out.printf("Layers: %s (add with --with ID)%n",
                    String.join(", ", catalog.layersOf(blueprint.id()).stream().map(Blueprint::id).toList()));
        }
        out.println();
        out.println("Parameters (set with -P name=value):");
        if (blueprint.parameters().isEmpty()) {
            out.println("  (none)");
        }
        for (Parameter parameter : blueprint.parameters()) {
            out.printf("  %s  %s%s%s%n", parameter.name(), parameter.type().id(), defaultOf(parameter),
                    parameter.secret() ? "  secret" : "");
            out.printf("      %s%n", parameter.help());
            out.printf("      allowed: %s%n", parameter.allowed());
            if (parameter.when() != null) {
                out.printf("      only when: %s%n", parameter.when());
            }
        }
        if (!blueprint.rules().isEmpty()) {
            out.println();
            out.println("Rules (checked before anything is written):");
            blueprint.rules().forEach(rule -> out.printf("  %s%s: %s%n", rule.condition(),
                    rule.when() == null ? "" : " (when " + rule.when() + ")", rule.message()));
        }
        IdleCostText.lines(out, blueprint);
        out.flush();
        return ExitCodes.OK;
    }

    private static String defaultOf(Parameter parameter) {
        if (parameter.hasDefault()) {
            return "  default: " + parameter.type().format(parameter.defaultValue());
        }
        return "  " + parameter.requirement();
    }
}

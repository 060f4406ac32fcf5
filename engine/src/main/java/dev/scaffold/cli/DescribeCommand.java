package dev.scaffold.cli;

import dev.scaffold.ExitCodes;
import dev.scaffold.catalog.Blueprint;
import dev.scaffold.catalog.BlueprintKind;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.params.Parameter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scaffold describe <id>[@<version>]}: a blueprint's parameters. */
@Command(name = "describe", mixinStandardHelpOptions = true, versionProvider = ScaffoldCli.Version.class,
        description = "Show a blueprint's parameters: name, type, default, what is allowed, help.")
final class DescribeCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOption source;

    @Parameters(paramLabel = "ID[@VERSION]", description = "The blueprint id, as 'scaffold list' shows it; @VERSION for a released older version.")
    String id;

    DescribeCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Catalog catalog = source.catalog(environment);
        Blueprint blueprint = catalog.resolve(id);
        PrintWriter out = spec.commandLine().getOut();
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
        }
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

package dev.scaffold.cli;

import dev.scaffold.ExitCodes;
import dev.scaffold.catalog.BlueprintHeader;
import dev.scaffold.catalog.BlueprintKind;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scaffold list}: the blueprints in the catalog. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = ScaffoldCli.Version.class,
        description = "List the blueprints: id, version, kind and what each is for.")
final class ListCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOption source;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    String format;

    ListCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or json, not '" + format + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            // the idle cost at the defaults needs the parameters: JSON reads the manifests whole, text only their headers
            out.println(BlueprintJson.list(source.catalog(environment).list()).toPrettyString());
            out.flush();
            return ExitCodes.OK;
        }
        List<BlueprintHeader> blueprints = source.catalog(environment).headers();
        int idWidth = Math.max(2, blueprints.stream().mapToInt(b -> b.id().length()).max().orElse(0));
        int versionWidth = Math.max(7, blueprints.stream().mapToInt(b -> b.version().length()).max().orElse(0));
        String row = "%-" + idWidth + "s  %-" + versionWidth + "s  %-7s  %s%n";
        out.printf(row, "ID", "VERSION", "KIND", "DESCRIPTION");
        for (BlueprintHeader blueprint : blueprints) {
            String description = blueprint.kind() == BlueprintKind.LAYER
                    ? blueprint.description() + " (layer of " + String.join(", ", blueprint.layerOf()) + ")"
                    : blueprint.description();
            out.printf(row, blueprint.id(), blueprint.version(), blueprint.kind().id(), description);
        }
        out.flush();
        return ExitCodes.OK;
    }
}

package dev.scaffold.cli;

import dev.scaffold.ExitCodes;
import dev.scaffold.render.Provenance;
import dev.scaffold.upgrade.Drift;
import dev.scaffold.upgrade.UpgradeReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scaffold diff}: which managed files the user changed since the last render, offline. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = ScaffoldCli.Version.class,
        description = "List the generated files you changed, deleted or chmod-ed since the last render "
                + "(offline, from the hashes in .scaffold/provenance.json).")
final class DiffCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The project directory (default: the current one).")
    Path project = Path.of(".");

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    String format;

    DiffCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or json, not '" + format + "'");
        }
        Path directory = environment.resolve(project);
        Recovery.run(directory, spec.commandLine().getErr());
        Provenance provenance = Provenance.read(directory);
        List<Drift> drift = Drift.of(directory, provenance);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(UpgradeReport.json(drift));
        } else if (drift.isEmpty()) {
            out.printf("No changes against the render of %s.%n", rendered(provenance));
        } else {
            out.printf("Changed since the render of %s:%n", rendered(provenance));
            drift.forEach(entry -> out.printf("  %-12s %s%n", entry.change().id(), entry.path()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String rendered(Provenance provenance) {
        return provenance.blueprints().stream().map(ref -> ref.id() + " " + ref.version()).collect(Collectors.joining(" + "));
    }
}

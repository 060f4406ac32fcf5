package dev.scaffold.cli;

import dev.scaffold.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code scaffold export}: a blueprint in another tool's format; with no subcommand it prints its usage. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = ScaffoldCli.Version.class,
        description = "Export a blueprint for another tool: 'scaffold export backstage' writes a Backstage Software Template.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The command line of {@code export} with its subcommands. */
    static CommandLine create(CliEnvironment environment) {
        return new CommandLine(new ExportCommand()).addSubcommand("backstage", new ExportBackstageCommand(environment));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}

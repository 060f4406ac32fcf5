package dev.scaffold.cli;

import dev.scaffold.EngineVersion;
import dev.scaffold.ExitCodes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code scaffold} command: with no subcommand it prints its usage. */
@Command(name = "scaffold",
        mixinStandardHelpOptions = true,
        versionProvider = ScaffoldCli.Version.class,
        description = "Render and upgrade AWS CDK projects for Metaflow from versioned blueprints.",
        subcommands = CommandLine.HelpCommand.class)
public final class ScaffoldCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces with errors.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(create(CliEnvironment.system()).execute(args));
    }

    /** The configured command line, as {@code main} and the tests use it. */
    public static CommandLine create(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new ScaffoldCli())
                .addSubcommand(new ListCommand(environment))
                .addSubcommand(new DescribeCommand(environment))
                .addSubcommand(new NewCommand(environment))
                .addSubcommand(new UpgradeCommand(environment))
                .addSubcommand(new DiffCommand(environment))
                .addSubcommand(new AddCommand(environment))
                .addSubcommand("generate-completion", new AutoComplete.GenerateCompletion());
        ErrorHandler errors = new ErrorHandler();
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        return commandLine;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        spec.commandLine().usage(out);
        return ExitCodes.OK;
    }

    /** {@code scaffold --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"scaffold " + EngineVersion.get()};
        }
    }
}

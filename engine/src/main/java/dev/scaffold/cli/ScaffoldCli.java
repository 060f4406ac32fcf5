package dev.scaffold.cli;

import dev.scaffold.EngineVersion;
import dev.scaffold.ExitCodes;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
        if (isLoneVersion(args)) { // answered without building the parser: picocli's set-up is most of it
            System.out.println(new Version().getVersion()[0]);
            System.exit(ExitCodes.OK);
        }
        System.exit(create(CliEnvironment.system(), args).execute(args));
    }

    static boolean isLoneVersion(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** The subcommands, each made only when wanted: picocli reads a command's annotations when it is added. */
    private static final Map<String, Function<CliEnvironment, Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("list", ListCommand::new);
        SUBCOMMANDS.put("describe", DescribeCommand::new);
        SUBCOMMANDS.put("new", NewCommand::new);
        SUBCOMMANDS.put("upgrade", UpgradeCommand::new);
        SUBCOMMANDS.put("diff", DiffCommand::new);
        SUBCOMMANDS.put("add", AddCommand::new);
        // A lambda, not ServeCommand::new: the class (and the web server behind it) loads only when serve runs.
        SUBCOMMANDS.put("serve", environment -> new ServeCommand(environment));
        SUBCOMMANDS.put("generate-completion", environment -> new AutoComplete.GenerateCompletion());
    }

    /** The configured command line, as the tests use it: every subcommand. */
    public static CommandLine create(CliEnvironment environment) {
        return create(environment, SUBCOMMANDS.keySet());
    }

    /**
     * The command line for these arguments: only the subcommand they start with, none for a lone
     * --version, all otherwise (usage, help, options first). Building every subcommand's model
     * takes about 0.1 s of a start-up.
     */
    static CommandLine create(CliEnvironment environment, String[] args) {
        if (isLoneVersion(args)) {
            return create(environment, Set.of());
        }
        if (args.length > 0 && SUBCOMMANDS.containsKey(args[0])) {
            return create(environment, Set.of(args[0]));
        }
        return create(environment);
    }

    private static CommandLine create(CliEnvironment environment, Set<String> names) {
        CommandLine commandLine = new CommandLine(new ScaffoldCli());
        SUBCOMMANDS.forEach((name, command) -> {
            if (names.contains(name)) {
                commandLine.addSubcommand(name, command.apply(environment));
            }
        });
        ErrorHandler errors = new ErrorHandler();
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        CommandLine completion = commandLine.getSubcommands().get("generate-completion");
        if (completion != null) {
            completion.getCommandSpec().usageMessage().hidden(false);
        }
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

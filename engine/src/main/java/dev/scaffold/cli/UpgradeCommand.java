package dev.scaffold.cli;

import dev.scaffold.ExitCodes;
import dev.scaffold.upgrade.UpgradePlan;
import dev.scaffold.upgrade.UpgradeRequest;
import dev.scaffold.upgrade.Upgrader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scaffold upgrade}: bring a generated project to a newer blueprint version, keeping the user's edits. */
@Command(name = "upgrade", mixinStandardHelpOptions = true, versionProvider = ScaffoldCli.Version.class,
        description = "Upgrade a generated project to a newer blueprint version (or new answers), merging your edits.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done (with --check: up to date, managed files as rendered)",
            "1:failure (nothing was changed)",
            "2:invalid input or refused (dirty tree, not in git, unknown version, downgrade)",
            "3:upgraded, but conflicts remain to resolve",
            "10:--check: an upgrade applies cleanly",
            "11:--check: an upgrade would conflict",
            "12:--check: up to date, but managed files drifted from their render"})
final class UpgradeCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOption source;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The project directory (default: the current one).")
    Path project = Path.of(".");

    @Option(names = "--to", paramLabel = "[ID@]VERSION", description = "The project blueprint's version to upgrade to (default: the newest).")
    String to;

    @Option(names = "--check", description = "For CI: write nothing, exit with a code saying whether an upgrade applies cleanly.")
    boolean check;

    @Option(names = "--recover", description = "Only restore the project from an upgrade that was killed half-way "
            + "(.scaffold/journal/), then exit; any scaffold command on the project does this first.")
    boolean recover;

    @Mixin
    MergeOptions merge;

    UpgradeCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (check && merge.dryRun) {
            throw new ParameterException(spec.commandLine(), "--check and --dry-run cannot be used together");
        }
        merge.checkFormat(spec);
        Path directory = environment.resolve(project);
        boolean recovered = Recovery.run(directory, spec.commandLine().getErr());
        if (recover) {
            if (!recovered) {
                spec.commandLine().getOut().printf("%s has no interrupted upgrade to recover from.%n", project);
            }
            return ExitCodes.OK;
        }
        UpgradeRequest.Mode mode = check ? UpgradeRequest.Mode.CHECK
                : merge.dryRun ? UpgradeRequest.Mode.DRY_RUN : UpgradeRequest.Mode.APPLY;
        UpgradeRequest request = new UpgradeRequest(directory, Optional.ofNullable(to), merge.parameters(), mode,
                merge.conflictStyle(spec), merge.noGit, source.forProject(environment, directory));
        PrintWriter out = spec.commandLine().getOut();
        UpgradePlan plan = new Upgrader(environment.bundled()).run(request, merge.prompter(environment, out));
        merge.report(plan, out);
        return check ? checkCode(plan) : !plan.conflicts().isEmpty() && plan.applied() ? ExitCodes.CONFLICTS : ExitCodes.OK;
    }

    private static int checkCode(UpgradePlan plan) {
        if (!plan.upToDate()) {
            return plan.conflicts().isEmpty() ? ExitCodes.CHECK_UPGRADE_CLEAN : ExitCodes.CHECK_UPGRADE_CONFLICTS;
        }
        return plan.drift().isEmpty() ? ExitCodes.OK : ExitCodes.CHECK_DRIFTED;
    }
}

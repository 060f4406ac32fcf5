package dev.scaffold.cli;

import dev.scaffold.ExitCodes;
import dev.scaffold.params.Prompter;
import dev.scaffold.upgrade.ConflictStyle;
import dev.scaffold.upgrade.UpgradePlan;
import dev.scaffold.upgrade.UpgradeReport;
import dev.scaffold.upgrade.UpgradeRequest;
import dev.scaffold.upgrade.Upgrader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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

    @Option(names = "--to", paramLabel = "VERSION", description = "The project blueprint's version to upgrade to (default: the newest).")
    String to;

    @Option(names = "-P", paramLabel = "NAME=VALUE", description = "Change an answer, or give a secret or a new parameter; repeatable.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--dry-run", description = "Print each file's classification and write nothing.")
    boolean dryRun;

    @Option(names = "--check", description = "For CI: write nothing, exit with a code saying whether an upgrade applies cleanly.")
    boolean check;

    @Option(names = "--conflict", paramLabel = "STYLE", defaultValue = "inline",
            description = "inline: markers and git index stages (default); rej: your side kept, clashing hunks in FILE.rej.")
    String conflict;

    @Option(names = "--no-git", description = "Upgrade a project that is not in a git repository (no dirty-tree guard).")
    boolean noGit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    String format;

    @Option(names = "--no-input", description = "Never prompt: secrets and new parameters must come from -P or defaults.")
    boolean noInput;

    UpgradeCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (check && dryRun) {
            throw new ParameterException(spec.commandLine(), "--check and --dry-run cannot be used together");
        }
        ConflictStyle style = switch (conflict) {
            case "inline" -> ConflictStyle.INLINE;
            case "rej" -> ConflictStyle.REJ;
            default -> throw new ParameterException(spec.commandLine(), "--conflict must be inline or rej, not '" + conflict + "'");
        };
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or json, not '" + format + "'");
        }
        UpgradeRequest.Mode mode = check ? UpgradeRequest.Mode.CHECK : dryRun ? UpgradeRequest.Mode.DRY_RUN : UpgradeRequest.Mode.APPLY;
        UpgradeRequest request = new UpgradeRequest(project, Optional.ofNullable(to), parameters, mode, style, noGit,
                Optional.ofNullable(source.source));
        PrintWriter out = spec.commandLine().getOut();
        Optional<Prompter> prompter = environment.interactive() && !noInput && format.equals("text")
                ? Optional.of(new Prompter(environment.in(), out))
                : Optional.empty();
        UpgradePlan plan = new Upgrader(environment.bundled()).run(request, prompter);
        if (format.equals("json")) {
            out.println(UpgradeReport.json(plan));
        } else {
            UpgradeReport.text(plan, out);
        }
        out.flush();
        return check ? checkCode(plan) : !plan.conflicts().isEmpty() && plan.applied() ? ExitCodes.CONFLICTS : ExitCodes.OK;
    }

    private static int checkCode(UpgradePlan plan) {
        if (!plan.upToDate()) {
            return plan.conflicts().isEmpty() ? ExitCodes.CHECK_UPGRADE_CLEAN : ExitCodes.CHECK_UPGRADE_CONFLICTS;
        }
        return plan.drift().isEmpty() ? ExitCodes.OK : ExitCodes.CHECK_DRIFTED;
    }
}

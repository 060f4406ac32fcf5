package dev.scaffold.cli;

import dev.scaffold.params.Prompter;
import dev.scaffold.upgrade.ConflictStyle;
import dev.scaffold.upgrade.UpgradePlan;
import dev.scaffold.upgrade.UpgradeReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of every command that merges a new render into the user's project: upgrade and add. */
final class MergeOptions {

    @Option(names = "-P", paramLabel = "NAME=VALUE", description = "Change an answer, or give a secret or a new parameter; repeatable.")
    List<String> parameters = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print each file's classification and write nothing.")
    boolean dryRun;

    @Option(names = "--conflict", paramLabel = "STYLE", defaultValue = "inline",
            description = "inline: markers and git index stages (default); rej: your side kept, clashing hunks in FILE.rej.")
    String conflict;

    @Option(names = "--no-git", description = "Merge into a project that is not in a git repository (no dirty-tree guard).")
    boolean noGit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    String format;

    @Option(names = "--no-input", description = "Never prompt: secrets and new parameters must come from -P or defaults.")
    boolean noInput;

    /** The {@code -P} values by name. */
    Map<String, String> parameters() {
        return ParameterAssignments.parse(parameters);
    }

    ConflictStyle conflictStyle(CommandSpec spec) {
        return switch (conflict) {
            case "inline" -> ConflictStyle.INLINE;
            case "rej" -> ConflictStyle.REJ;
            default -> throw new ParameterException(spec.commandLine(), "--conflict must be inline or rej, not '" + conflict + "'");
        };
    }

    void checkFormat(CommandSpec spec) {
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or json, not '" + format + "'");
        }
    }

    Optional<Prompter> prompter(CliEnvironment environment, PrintWriter out) {
        return environment.interactive() && !noInput && format.equals("text")
                ? Optional.of(new Prompter(environment.in(), out))
                : Optional.empty();
    }

    void report(UpgradePlan plan, PrintWriter out) {
        if (format.equals("json")) {
            out.println(UpgradeReport.json(plan));
        } else {
            UpgradeReport.text(plan, out);
        }
        out.flush();
    }
}

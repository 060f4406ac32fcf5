package dev.scaffold.cli;

import dev.scaffold.ExitCodes;
import dev.scaffold.upgrade.UpgradePlan;
import dev.scaffold.upgrade.UpgradeRequest;
import dev.scaffold.upgrade.Upgrader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scaffold add LAYER}: compose a layer onto an existing, possibly edited, project. */
@Command(name = "add", mixinStandardHelpOptions = true, versionProvider = ScaffoldCli.Version.class,
        description = "Add a layer (e.g. step-functions) to a generated project, merging it into your edits as an upgrade does.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:failure (nothing was changed)",
            "2:invalid input or refused (dirty tree, not in git, unknown layer, layer already present)",
            "3:added, but conflicts remain to resolve"})
final class AddCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOption source;

    @Parameters(paramLabel = "LAYER", arity = "1..*", description = "The layers to add (see 'scaffold list').")
    List<String> layers;

    @Option(names = {"-C", "--project"}, paramLabel = "DIR", description = "The project directory (default: the current one).")
    Path project = Path.of(".");

    @Mixin
    MergeOptions merge;

    AddCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        merge.checkFormat(spec);
        Path directory = environment.resolve(project);
        Recovery.run(directory, spec.commandLine().getErr());
        UpgradeRequest request = new UpgradeRequest(directory, Optional.empty(), merge.parameters(),
                merge.dryRun ? UpgradeRequest.Mode.DRY_RUN : UpgradeRequest.Mode.APPLY, merge.conflictStyle(spec),
                merge.noGit, source.forProject(environment, directory), layers);
        PrintWriter out = spec.commandLine().getOut();
        UpgradePlan plan = new Upgrader(environment.bundled()).run(request, merge.prompter(environment, out));
        merge.report(plan, out);
        return !plan.conflicts().isEmpty() && plan.applied() ? ExitCodes.CONFLICTS : ExitCodes.OK;
    }
}

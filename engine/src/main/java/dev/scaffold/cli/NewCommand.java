package dev.scaffold.cli;

import dev.scaffold.ExitCodes;
import dev.scaffold.catalog.IdleCost;
import dev.scaffold.params.Prompter;
import dev.scaffold.render.GeneratedProject;
import dev.scaffold.render.NewProjectRequest;
import dev.scaffold.render.ProjectGenerator;
import dev.scaffold.render.Provenance;
import dev.scaffold.render.RenderedFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scaffold new}: render a blueprint (and layers) into a new project directory. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = ScaffoldCli.Version.class,
        description = "Render a blueprint into a new project directory.")
final class NewCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOption source;

    @Option(names = {"-b", "--blueprint"}, required = true, paramLabel = "ID[@VERSION]",
            description = "The blueprint to render (see 'scaffold list'); @VERSION renders a released older version.")
    String blueprint;

    @Option(names = "--with", paramLabel = "LAYER[@VERSION]", description = "A layer to compose onto the blueprint; repeatable.")
    List<String> layers = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "The directory to create (default: the blueprint id). It must not exist or be empty.")
    Path output;

    @Option(names = "-P", paramLabel = "NAME=VALUE", description = "A parameter's value; repeatable. Lists are comma-separated.")
    List<String> parameters = new ArrayList<>();

    @Option(names = "--answers", paramLabel = "FILE", description = "A YAML or JSON file of answers, or another project's .scaffold/provenance.json.")
    Path answers;

    @Option(names = "--no-input", description = "Never prompt: parameters not given take their defaults.")
    boolean noInput;

    @Option(names = "--dry-run", description = "List the files that would be written, and write nothing.")
    boolean dryRun;

    NewCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path target = output != null ? output : Path.of(blueprint.split("@", 2)[0]);
        Path directory = environment.resolve(target);
        NewProjectRequest request = new NewProjectRequest(blueprint, layers, directory,
                ParameterAssignments.parse(parameters), Optional.ofNullable(answers).map(environment::resolve), dryRun);
        Optional<Prompter> prompter = environment.interactive() && !noInput
                ? Optional.of(environment.prompter(out))
                : Optional.empty();
        GeneratedProject project = new ProjectGenerator(source.catalog(environment, directory)).generate(request, prompter);
        String rendered = project.composition().parts().stream()
                .map(part -> part.id() + " " + part.version())
                .collect(Collectors.joining(" + "));
        project.dropped().forEach(why -> out.printf("note: ignored the recorded answer: %s%n", why));
        if (dryRun) {
            out.printf("Would create %s from %s with %d files:%n", target, rendered, project.files().size() + 1);
            for (RenderedFile file : project.files()) {
                out.printf("  %s%s%n", file.path(), file.executable() ? " (executable)" : "");
            }
            out.printf("  %s%n", Provenance.FILE);
            IdleCostText.summary(out, IdleCost.estimate(project.composition().parts(), project.answers()),
                    project.composition().parts());
        } else {
            out.printf("Created %s from %s (%d files).%n", target, rendered, project.files().size() + 1);
            out.printf("Next: cd %s and read README.md%n", target);
        }
        out.flush();
        return ExitCodes.OK;
    }
}

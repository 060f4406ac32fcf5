package dev.scaffold.cli;

import dev.scaffold.ExitCodes;
import dev.scaffold.ScaffoldException;
import dev.scaffold.catalog.Composition;
import dev.scaffold.export.BackstageTemplate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scaffold export backstage --blueprint ID [--with LAYER ...] [-o FILE]}: a Backstage Software Template. */
@Command(name = "backstage", mixinStandardHelpOptions = true, versionProvider = ScaffoldCli.Version.class,
        description = "Write a Backstage Software Template (scaffolder.backstage.io/v1beta3) whose form is the blueprint's"
                + " JSON Schema and whose steps run scaffold:new (integrations/backstage/), publish:github and catalog:register.")
final class ExportBackstageCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOption source;

    @Option(names = {"-b", "--blueprint"}, required = true, paramLabel = "ID[@VERSION]",
            description = "The blueprint (see 'scaffold list'); the template pins the version exported.")
    String blueprint;

    @Option(names = "--with", paramLabel = "LAYER[@VERSION]", description = "A layer composed onto the blueprint; repeatable.")
    List<String> layers = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the template to FILE (default: standard output).")
    Path output;

    @Option(names = "--owner", paramLabel = "ENTITY-REF", defaultValue = "group:default/platform-team",
            description = "The template's spec.owner in the Backstage catalog (default: ${DEFAULT-VALUE}).")
    String owner;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "github.com",
            description = "The GitHub host the repository picker allows (default: ${DEFAULT-VALUE}).")
    String host;

    ExportBackstageCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Composition composition = source.catalog(environment).compose(blueprint, layers);
        String yaml = BackstageTemplate.yaml(composition, new BackstageTemplate.Options(owner, host, source.forHost(environment)));
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(yaml);
        } else {
            Path file = environment.resolve(output);
            write(file, yaml);
            out.printf("Wrote %s (Backstage template %s).%n", output, BackstageTemplate.name(composition));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Writes through a temporary file beside the target, so a failure leaves nothing half-written. */
    private static void write(Path file, String yaml) {
        Path directory = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            throw ScaffoldException.invalidInput("cannot write " + file + ": directory " + directory + " does not exist");
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, ".scaffold-export", ".yaml");
            Files.writeString(temporary, yaml, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
            throw ScaffoldException.failure("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}

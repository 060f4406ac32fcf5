package dev.scaffold.cli;

import dev.scaffold.ExitCodes;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.serve.Interrupts;
import dev.scaffold.serve.ScaffoldServer;
import dev.scaffold.serve.ServeSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scaffold serve}: the web form and the HTTP API in this JVM (package {@code dev.scaffold.serve}),
 * until Ctrl-C. Only this command loads the web server's classes.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = ScaffoldCli.Version.class,
        description = "Serve the web form and the HTTP API (GET /api/blueprints, GET /api/blueprints/ID/schema,"
                + " POST /api/render) on this machine, until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOption source;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7007", description = "The port (default: 7007; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: 127.0.0.1, this machine only).")
    String bind;

    @Option(names = "--output-root", paramLabel = "DIR",
            description = "Let the form create projects as new directories in DIR (POST /api/render?target=NAME); without it, only zips.")
    Path outputRoot;

    ServeCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Catalog catalog = source.catalog(environment);
        Function<Path, Catalog> catalogFor = source.source == null ? project -> catalog
                : project -> source.catalog(environment, project);
        ServeSettings settings = new ServeSettings(bind, port, () -> catalog, catalogFor, environment.workingDirectory(),
                Optional.ofNullable(outputRoot).map(environment::resolve), ServeSettings.WEB_ROOT, ServeSettings.MAX_BODY, out);
        ScaffoldServer server = ScaffoldServer.start(settings);
        Thread hook = new Thread(server::stop, "scaffold-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Interrupts.onInterrupt(server::stop);
        out.printf("scaffold serve: %s (Ctrl-C stops it)%n", server.url());
        settings.outputRoot().ifPresent(root -> out.printf("Projects are created in %s%n", root));
        out.flush();
        server.awaitStop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // stopped by the hook itself
        }
        out.println("scaffold serve: stopped");
        out.flush();
        return ExitCodes.OK;
    }
}

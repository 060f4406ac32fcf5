package dev.scaffold.cli;

import dev.scaffold.catalog.Catalog;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What the commands take from the process around them, so that tests can supply their own.
 *
 * @param bundled          the bundled catalog (loaded on first use)
 * @param in               standard input, for prompts
 * @param interactive      whether standard input is a terminal a person answers at
 * @param workingDirectory the directory relative paths on the command line are relative to
 */
public record CliEnvironment(Supplier<Catalog> bundled, BufferedReader in, boolean interactive, Path workingDirectory) {

    public CliEnvironment {
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** An environment in the process's working directory. */
    public CliEnvironment(Supplier<Catalog> bundled, BufferedReader in, boolean interactive) {
        this(bundled, in, interactive, Path.of(""));
    }

    /** The real process: bundled blueprints, System.in, interactive when there is a console. */
    public static CliEnvironment system() {
        return new CliEnvironment(Catalog::bundled,
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.console() != null);
    }

    /** A path from the command line, made absolute against the working directory. */
    Path resolve(Path path) {
        return workingDirectory.resolve(path).normalize();
    }
}

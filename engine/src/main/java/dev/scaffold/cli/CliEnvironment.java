package dev.scaffold.cli;

import dev.scaffold.catalog.Catalog;
import dev.scaffold.params.Prompter;
import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.io.PrintWriter;
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
 * @param secrets          reads a secret without echo (the Console), or {@code null} to read it from {@code in}
 */
public record CliEnvironment(Supplier<Catalog> bundled, BufferedReader in, boolean interactive, Path workingDirectory,
                             Prompter.SecretReader secrets) {

    public CliEnvironment {
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    public CliEnvironment(Supplier<Catalog> bundled, BufferedReader in, boolean interactive, Path workingDirectory) {
        this(bundled, in, interactive, workingDirectory, null);
    }

    /** An environment in the process's working directory. */
    public CliEnvironment(Supplier<Catalog> bundled, BufferedReader in, boolean interactive) {
        this(bundled, in, interactive, Path.of(""), null);
    }

    /** The real process: bundled blueprints, System.in, interactive (secrets without echo) when there is a console. */
    public static CliEnvironment system() {
        Console console = System.console();
        return new CliEnvironment(Catalog::bundled,
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                console != null, Path.of(""), console == null ? null : () -> {
                    char[] secret = console.readPassword();
                    return secret == null ? null : new String(secret);
                });
    }

    /** A path from the command line, made absolute against the working directory. */
    Path resolve(Path path) {
        return workingDirectory.resolve(path).normalize();
    }

    /** The prompter of an interactive command. */
    public Prompter prompter(PrintWriter out) {
        return new Prompter(in, out, secrets);
    }
}

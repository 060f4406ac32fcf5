package dev.scaffold.cli;

import dev.scaffold.catalog.Catalog;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * What the commands take from the process around them, so that tests can supply their own.
 *
 * @param bundled     the bundled catalog (loaded on first use)
 * @param in          standard input, for prompts
 * @param interactive whether standard input is a terminal a person answers at
 */
public record CliEnvironment(Supplier<Catalog> bundled, BufferedReader in, boolean interactive) {

    /** The real process: bundled blueprints, System.in, interactive when there is a console. */
    public static CliEnvironment system() {
        return new CliEnvironment(Catalog::bundled,
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.console() != null);
    }
}

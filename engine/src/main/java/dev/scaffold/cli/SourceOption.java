package dev.scaffold.cli;

import dev.scaffold.catalog.Catalog;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --source DIR}: read blueprints from a directory instead of the bundled catalog. */
final class SourceOption {

    @Option(names = "--source", paramLabel = "DIR",
            description = "Read blueprints from this directory (one folder per blueprint) instead of the bundled ones.")
    Path source;

    Catalog catalog(CliEnvironment environment) {
        return source == null ? environment.bundled().get() : Catalog.fromDirectory(source);
    }
}

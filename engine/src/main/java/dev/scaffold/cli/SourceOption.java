package dev.scaffold.cli;

import dev.scaffold.catalog.BlueprintSource;
import dev.scaffold.catalog.Catalog;
import picocli.CommandLine.Option;

/** {@code --source DIR|REPOSITORY[#REF]}: read blueprints from a directory or a git repository instead of the bundled ones. */
final class SourceOption {

    @Option(names = "--source", paramLabel = "DIR|REPO[#REF]",
            description = "Read blueprints from this directory (one folder per blueprint) or git repository at a branch,"
                    + " tag or commit (https://host/org/blueprints.git#v2) instead of the bundled ones.")
    String source;

    Catalog catalog(CliEnvironment environment) {
        return source == null ? environment.bundled().get() : BlueprintSource.open(source);
    }
}

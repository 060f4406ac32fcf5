package dev.scaffold.cli;

import dev.scaffold.catalog.BlueprintSource;
import dev.scaffold.catalog.Catalog;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --source DIR|REPOSITORY[#REF]}: read blueprints from a directory or a git repository instead of
 * the bundled ones. A relative path on the command line is relative to the working directory; a project
 * records it relative to itself, so {@code scaffold upgrade} finds it from wherever it runs.
 */
final class SourceOption {

    @Option(names = "--source", paramLabel = "DIR|REPO[#REF]",
            description = "Read blueprints from this directory (one folder per blueprint) or git repository at a branch,"
                    + " tag or commit (https://host/org/blueprints.git#v2, ../blueprints#v2) instead of the bundled ones.")
    String source;

    /** The catalog, for commands that render no project. */
    Catalog catalog(CliEnvironment environment) {
        return source == null ? environment.bundled().get() : BlueprintSource.of(source, environment.workingDirectory()).catalog();
    }

    /** The catalog to render the project at {@code project} (absolute) from, its source recorded relative to the project. */
    Catalog catalog(CliEnvironment environment, Path project) {
        return source == null ? environment.bundled().get() : BlueprintSource.of(forProject(environment, project).get(), project).catalog();
    }

    /** {@code --source} as another host runs it: a git repository as given, a directory made absolute; null without one. */
    String forHost(CliEnvironment environment) {
        if (source == null || BlueprintSource.isGit(source)) {
            return source;
        }
        String[] parts = source.split("#", 2);
        return environment.resolve(Path.of(parts[0])) + (parts.length > 1 ? "#" + parts[1] : "");
    }

    /** {@code --source} as the project at {@code project} (absolute) records it: a relative path made relative to the project. */
    Optional<String> forProject(CliEnvironment environment, Path project) {
        if (source == null || BlueprintSource.isGit(source)) {
            return Optional.ofNullable(source);
        }
        String[] parts = source.split("#", 2);
        String ref = parts.length > 1 ? "#" + parts[1] : "";
        Path location = Path.of(parts[0]);
        if (location.isAbsolute()) {
            return Optional.of(source);
        }
        Path absolute = environment.resolve(location);
        try {
            String relative = project.relativize(absolute).toString().replace('\\', '/');
            return Optional.of((relative.isEmpty() ? "." : relative) + ref);
        } catch (IllegalArgumentException e) {
            return Optional.of(absolute + ref);
        }
    }
}

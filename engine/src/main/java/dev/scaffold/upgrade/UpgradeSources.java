package dev.scaffold.upgrade;

import dev.scaffold.ScaffoldException;
import dev.scaffold.catalog.BlueprintSource;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.Composition;
import dev.scaffold.render.Provenance;
import dev.scaffold.render.Provenance.BlueprintRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The two catalogs of an upgrade. The new one is {@code --source} when given, else the recorded source:
 * the bundled blueprints, a directory that must still exist, or the recorded git repository's default
 * branch (at the recorded ref when layers are added to the recorded versions). The old one is, when the provenance records a commit, the recorded repository at exactly that
 * commit (read from the new source's clone when it holds it, so a moved or deleted tag does not matter);
 * otherwise, as for projects rendered before commits were recorded, the new catalog's copy of the
 * recorded version. Relative paths are relative to the project.
 */
final class UpgradeSources {

    private final Catalog next;
    private final List<BlueprintSource> holders;
    private final Optional<String> commit;
    private final String recordedSource;
    private final Path project;

    private UpgradeSources(Catalog next, List<BlueprintSource> holders, Optional<String> commit, String recordedSource,
                           Path project) {
        this.next = next;
        this.holders = holders;
        this.commit = commit;
        this.recordedSource = recordedSource;
        this.project = project;
    }

    /** @param keepVersions whether the recorded versions stay ({@code scaffold add}): a git source's recorded ref is kept */
    static UpgradeSources open(Optional<String> given, Provenance recorded, Path project, Supplier<Catalog> bundled,
                               boolean keepVersions) {
        Optional<String> commit = Optional.ofNullable(recorded.commit());
        List<BlueprintSource> holders = new ArrayList<>();
        Catalog next;
        if (given.isPresent()) {
            BlueprintSource source = BlueprintSource.of(given.get(), project);
            holders.add(source);
            next = source.catalog();
        } else if ("bundled".equals(recorded.source())) {
            next = bundled.get();
        } else {
            BlueprintSource source = recordedSource(recorded.source(), project);
            source = commit.isPresent() && source.isGitRepository() && !keepVersions ? source.newest() : source;
            holders.add(source);
            next = source.catalog();
        }
        return new UpgradeSources(next, holders, commit, recorded.source(), project);
    }

    /** The catalog of the versions to upgrade to. */
    Catalog next() {
        return next;
    }

    /**
     * The recorded blueprints at their recorded versions, as they were rendered.
     *
     * @throws ScaffoldException when they cannot be read (the upgrade then degrades)
     */
    Composition base(List<BlueprintRef> recorded) {
        if (commit.isEmpty() || "bundled".equals(recordedSource)) {
            return Versions.compose(next, recorded);
        }
        Optional<Catalog> atCommit = atCommit(commit.get());
        if (atCommit.isPresent()) {
            return Versions.compose(atCommit.get(), recorded);
        }
        try {
            return Versions.compose(next, recorded);
        } catch (ScaffoldException e) {
            throw ScaffoldException.invalidInput("commit " + commit.get() + " of " + recordedSource
                    + " cannot be read, and " + e.getMessage());
        }
    }

    private Optional<Catalog> atCommit(String id) {
        List<BlueprintSource> candidates = new ArrayList<>(holders);
        try {
            BlueprintSource recorded = recordedSource(recordedSource, project).newest();
            if (holders.stream().noneMatch(holder -> holder.repository().equals(recorded.repository()))) {
                candidates.add(recorded);
            }
        } catch (ScaffoldException e) {
            // the recorded repository is gone; the new source may still hold the commit
        }
        for (BlueprintSource candidate : candidates) {
            try {
                Optional<Catalog> found = candidate.catalogAt(id);
                if (found.isPresent()) {
                    return found;
                }
            } catch (ScaffoldException e) {
                // not reachable: try the next candidate
            }
        }
        return Optional.empty();
    }

    /**
     * The recorded source, relative paths against the project; a relative directory recorded before
     * sources were relative to the project is still found against the working directory.
     */
    private static BlueprintSource recordedSource(String text, Path project) {
        BlueprintSource source = BlueprintSource.of(text, project);
        if (!source.isGitRepository() && !source.exists()) {
            Path legacy = Path.of("").toAbsolutePath();
            BlueprintSource fromWorkingDirectory = BlueprintSource.of(text, legacy);
            if (fromWorkingDirectory.exists()) {
                return fromWorkingDirectory;
            }
            throw ScaffoldException.invalidInput("the project's blueprints came from " + text
                    + ", which no longer exists; pass --source DIR");
        }
        return source;
    }
}

package dev.scaffold.upgrade;

import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where a path changes between file and directory: a write the project's own file or directory is in the
 * way of, once the upgrade's deletes are done. Such a write goes beside, under {@code .theirs} (the
 * file in the way, {@code docs}, gives {@code docs.theirs/index.md}; the directory, {@code guide/},
 * gives {@code guide.theirs}), and the file becomes a {@link Outcome#FILE_DIRECTORY_CONFLICT}.
 */
final class PathClashes {

    private final Path project;
    private final Set<String> deleted = new HashSet<>();

    /** @param decisions every file's decision, whose deletes clear the way */
    PathClashes(Path project, Collection<DecisionTable.Decision> decisions) {
        this.project = project;
        Set<String> written = new HashSet<>();
        for (DecisionTable.Decision decision : decisions) {
            decision.changes().forEach(change -> (change.deletes() ? deleted : written).add(change.path()));
        }
        deleted.removeAll(written);
    }

    /** The decision, or when one of its writes is blocked, a conflict that writes beside and deletes nothing. */
    DecisionTable.Decision resolve(DecisionTable.Decision decision) {
        String path = decision.outcome().path();
        String inTheWay = decision.changes().stream().filter(change -> !change.deletes())
                .map(change -> inTheWay(change.path())).filter(way -> way != null).findFirst().orElse(null);
        if (inTheWay == null) {
            return decision;
        }
        List<FileChange> changes = new ArrayList<>();
        for (FileChange change : decision.changes()) {
            String way = change.deletes() ? null : inTheWay(change.path());
            if (way != null) {
                changes.add(FileChange.write(way + DecisionTable.THEIRS_SUFFIX + change.path().substring(way.length()),
                        change.content(), change.executable()));
            } else if (!change.deletes()) {
                changes.add(change);
            }
        }
        String aside = inTheWay + DecisionTable.THEIRS_SUFFIX + path.substring(inTheWay.length());
        String note = inTheWay.equals(path)
                ? path + "/ is a directory of yours, kept; the blueprint's file is " + aside
                : inTheWay + " is a file of yours, kept; the blueprint's " + path + " is " + aside;
        return new DecisionTable.Decision(new FileOutcome(path, Outcome.FILE_DIRECTORY_CONFLICT,
                decision.outcome().previousPath(), note), changes, null);
    }

    /** The path (the file's own or one above it) where something stays in the way of writing it, or null. */
    private String inTheWay(String path) {
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            String above = path.substring(0, slash);
            Path file = project.resolve(above);
            if (!Files.isDirectory(file) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return deleted.contains(above) ? null : above;
            }
        }
        Path target = project.resolve(path);
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try (Stream<Path> walk = Files.walk(target)) {
            return walk.anyMatch(this::stays) ? path : null;
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot read " + target + ": " + e.getMessage(), e);
        }
    }

    /** Whether this file, or this directory when empty, is still there after the deletes. */
    private boolean stays(Path file) {
        if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return !deleted.contains(project.relativize(file).toString().replace('\\', '/'));
        }
        try (Stream<Path> entries = Files.list(file)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}

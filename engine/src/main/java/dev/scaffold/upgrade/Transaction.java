package dev.scaffold.upgrade;

import dev.scaffold.ScaffoldException;
import dev.scaffold.render.ProjectWriter;
import dev.scaffold.render.SafePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Applies an upgrade's writes and deletes all or nothing, even when the process is killed half-way.
 * First the {@link Journal} records every original (bytes and mode), the temporary files and the
 * directories that will be created; then every new content is written to a temporary file beside its
 * target (or, when a file of the project is where a directory above the target is to go, in the nearest
 * directory above); then deleted files are removed and the temporary files renamed over their targets
 * (deletes first, so that a path can change between file and directory), and {@code finish} runs (the
 * git index update). The upgrade is done when the journal is removed. If any step fails, the journal puts
 * every target back byte for byte, mode included, and removes what the upgrade created; if the process
 * dies, the next scaffold command does.
 */
final class Transaction {

    private record Step(FileChange change, Path target, Path temporary) {
    }

    private final Path project;
    private final FileOps ops;

    Transaction(Path project, FileOps ops) {
        this.project = project;
        this.ops = ops;
    }

    /**
     * @param index  the git index {@code finish} rewrites, if it does, for the journal to keep
     * @param finish runs after the last file is in place (the git index update); its failure rolls back too
     * @throws ScaffoldException (failure) naming the file that failed; the project is as it was
     */
    void apply(List<FileChange> changes, Optional<Path> index, IoAction finish) {
        List<Step> steps = new ArrayList<>();
        try {
            TreeSet<String> created = new TreeSet<>();
            List<Journal.Planned> planned = new ArrayList<>();
            for (FileChange change : changes) {
                Step step = plan(change, steps.size(), created);
                steps.add(step);
                planned.add(new Journal.Planned(change.path(), step.temporary() == null ? null : relative(step.temporary())));
            }
            Journal.begin(project, planned, new ArrayList<>(created), index);
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot write the upgrade's journal (" + e.getMessage() + "); nothing was changed", e);
        }
        String current = null;
        try {
            for (Step step : steps) {
                current = step.change().path();
                if (step.temporary() != null) {
                    Files.createDirectories(step.temporary().getParent());
                    ops.write(step.temporary(), step.change().content());
                    ProjectWriter.setExecutable(step.temporary(), step.change().executable());
                }
            }
            // deletes first: a file they remove can become a directory, a directory they empty a file
            for (Step step : steps.stream().sorted(Comparator.comparing(step -> !step.change().deletes())).toList()) {
                current = step.change().path();
                if (step.change().deletes()) {
                    ops.delete(step.target());
                    pruneEmptyParents(step.target());
                } else {
                    Files.createDirectories(step.target().getParent());
                    ops.replace(step.temporary(), step.target());
                }
            }
            current = "the git index";
            finish.run();
            current = Journal.DIRECTORY;
            Journal.end(project);
        } catch (IOException | RuntimeException e) {
            String failed = "upgrade failed while writing " + current + " (" + e.getMessage() + ")";
            try {
                Journal.recover(project);
            } catch (ScaffoldException recovery) {
                throw ScaffoldException.failure(failed + ", and " + recovery.getMessage(), e);
            }
            throw ScaffoldException.failure(failed + "; the project was left as it was", e);
        }
    }

    /** An action that may fail with an I/O error. */
    interface IoAction {
        void run() throws IOException;
    }

    /**
     * Where a write's temporary file goes (nothing is written yet): beside the target, or, when a file of the
     * project is where a directory above the target is to go, in the nearest directory above. Adds the
     * directories the write creates to {@code created}.
     */
    private Step plan(FileChange change, int number, TreeSet<String> created) throws IOException {
        Path target = SafePaths.resolveInside(project, change.path());
        if (change.deletes()) {
            return new Step(change, target, null);
        }
        for (Path dir = target.getParent(); !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS); dir = dir.getParent()) {
            created.add(relative(dir));
        }
        Path above = target.getParent();
        while (!Files.isDirectory(above)) {
            above = above.getParent();
        }
        Path next = above.resolve(target.getName(above.getNameCount()).toString());
        boolean fileInTheWay = !next.equals(target) && Files.exists(next, LinkOption.NOFOLLOW_LINKS);
        Path temporary = fileInTheWay ? above.resolve(".scaffold-upgrade-" + number + "-" + target.getFileName())
                : target.resolveSibling("." + target.getFileName() + ".scaffold-upgrade");
        return new Step(change, target, temporary);
    }

    private String relative(Path path) {
        return project.relativize(path).toString().replace('\\', '/');
    }

    private void pruneEmptyParents(Path deleted) {
        for (Path dir = deleted.getParent(); dir != null && dir.startsWith(project) && !dir.equals(project); dir = dir.getParent()) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
                Files.delete(dir);
            } catch (IOException e) {
                return;
            }
        }
    }
}

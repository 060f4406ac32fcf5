package dev.scaffold.upgrade;

import dev.scaffold.ScaffoldException;
import dev.scaffold.render.ProjectWriter;
import dev.scaffold.render.SafePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Applies an upgrade's writes and deletes all or nothing. Every new content is first written to a
 * temporary file beside its target (nothing in the project changes yet); then the temporary files are
 * renamed over their targets and deleted files removed, with each original kept in memory. If any step
 * fails (or the step after, {@code finish}), every target is restored byte for byte, mode included,
 * and directories the upgrade created are removed. Not covered: the process being killed mid-way.
 */
final class Transaction {

    private record Step(FileChange change, Path target, Path temporary, byte[] original, Set<PosixFilePermission> mode) {
    }

    private final Path project;
    private final FileOps ops;

    Transaction(Path project, FileOps ops) {
        this.project = project;
        this.ops = ops;
    }

    /**
     * @param finish runs after the last file is in place (the git index update); its failure rolls back too
     * @throws ScaffoldException (failure) naming the file that failed; the project is as it was
     */
    void apply(List<FileChange> changes, IoAction finish) {
        List<Step> steps = new ArrayList<>();
        List<Path> createdDirectories = new ArrayList<>();
        List<Step> done = new ArrayList<>();
        String current = null;
        try {
            for (FileChange change : changes) {
                current = change.path();
                steps.add(stage(change, createdDirectories));
            }
            for (Step step : steps) {
                current = step.change().path();
                if (step.change().deletes()) {
                    ops.delete(step.target());
                } else {
                    ops.replace(step.temporary(), step.target());
                }
                done.add(step);
            }
            current = "the git index";
            finish.run();
        } catch (IOException | RuntimeException e) {
            rollback(steps, done, createdDirectories);
            throw ScaffoldException.failure("upgrade failed while writing " + current + " (" + e.getMessage()
                    + "); the project was left as it was", e);
        }
        for (Step step : steps) {
            if (step.change().deletes()) {
                pruneEmptyParents(step.target());
            }
        }
    }

    /** An action that may fail with an I/O error. */
    interface IoAction {
        void run() throws IOException;
    }

    private Step stage(FileChange change, List<Path> createdDirectories) throws IOException {
        Path target = SafePaths.resolveInside(project, change.path());
        boolean exists = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS);
        byte[] original = exists ? Files.readAllBytes(target) : null;
        Set<PosixFilePermission> mode = exists && posix(target) ? Files.getPosixFilePermissions(target) : null;
        if (change.deletes()) {
            return new Step(change, target, null, original, mode);
        }
        for (Path dir = target.getParent(); !Files.exists(dir); dir = dir.getParent()) {
            createdDirectories.add(dir);
        }
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".scaffold-upgrade");
        ops.write(temporary, change.content());
        Step step = new Step(change, target, temporary, original, mode);
        ProjectWriter.setExecutable(temporary, change.executable());
        return step;
    }

    private static void rollback(List<Step> steps, List<Step> done, List<Path> createdDirectories) {
        List<Step> undo = new ArrayList<>(done);
        Collections.reverse(undo);
        for (Step step : undo) {
            try {
                if (step.original() == null) {
                    Files.deleteIfExists(step.target());
                } else {
                    Files.write(step.target(), step.original());
                    if (step.mode() != null) {
                        Files.setPosixFilePermissions(step.target(), step.mode());
                    }
                }
            } catch (IOException ignored) {
                // keep restoring the others; the original failure is reported
            }
        }
        for (Step step : steps) {
            try {
                if (step.temporary() != null) {
                    Files.deleteIfExists(step.temporary());
                }
            } catch (IOException ignored) {
                // best effort
            }
        }
        List<Path> directories = new ArrayList<>(createdDirectories);
        directories.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path directory : directories) {
            try {
                Files.deleteIfExists(directory);
            } catch (IOException ignored) {
                // not empty: something else lives there
            }
        }
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

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}

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
 * renamed over their targets and deleted files removed (deletes first, so that a path can change between
 * file and directory), with each original kept in memory. If any step fails (or the step after,
 * {@code finish}), every target is restored byte for byte, mode included, and directories the upgrade
 * created are removed. Not covered: the process being killed mid-way.
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
                steps.add(stage(change, steps.size(), createdDirectories));
            }
            // deletes first: a file they remove can become a directory, a directory they empty a file
            for (Step step : steps.stream().sorted(Comparator.comparing(step -> !step.change().deletes())).toList()) {
                current = step.change().path();
                if (step.change().deletes()) {
                    ops.delete(step.target());
                    done.add(step);
                    pruneEmptyParents(step.target());
                } else {
                    createParents(step.target(), createdDirectories);
                    ops.replace(step.temporary(), step.target());
                    done.add(step);
                }
            }
            current = "the git index";
            finish.run();
        } catch (IOException | RuntimeException e) {
            rollback(steps, done, createdDirectories);
            throw ScaffoldException.failure("upgrade failed while writing " + current + " (" + e.getMessage()
                    + "); the project was left as it was", e);
        }
    }

    /** An action that may fail with an I/O error. */
    interface IoAction {
        void run() throws IOException;
    }

    /**
     * Reads the original and writes the new content to a temporary file: beside the target, or, when a
     * file of the project is where a directory above the target is to go, in the nearest directory above.
     */
    private Step stage(FileChange change, int number, List<Path> createdDirectories) throws IOException {
        Path target = SafePaths.resolveInside(project, change.path());
        boolean exists = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS);
        byte[] original = exists ? Files.readAllBytes(target) : null;
        Set<PosixFilePermission> mode = exists && posix(target) ? Files.getPosixFilePermissions(target) : null;
        if (change.deletes()) {
            return new Step(change, target, null, original, mode);
        }
        Path above = target.getParent();
        while (!Files.isDirectory(above)) {
            above = above.getParent();
        }
        Path next = above.resolve(target.getName(above.getNameCount()).toString());
        boolean fileInTheWay = !next.equals(target) && Files.exists(next, LinkOption.NOFOLLOW_LINKS);
        if (!fileInTheWay) {
            createParents(target, createdDirectories);
        }
        Path temporary = fileInTheWay ? above.resolve(".scaffold-upgrade-" + number + "-" + target.getFileName())
                : target.resolveSibling("." + target.getFileName() + ".scaffold-upgrade");
        ops.write(temporary, change.content());
        ProjectWriter.setExecutable(temporary, change.executable());
        return new Step(change, target, temporary, original, mode);
    }

    private static void createParents(Path target, List<Path> createdDirectories) throws IOException {
        for (Path dir = target.getParent(); !Files.exists(dir, LinkOption.NOFOLLOW_LINKS); dir = dir.getParent()) {
            createdDirectories.add(dir);
        }
        Files.createDirectories(target.getParent());
    }

    /** Undoes the writes, removes the temporary files and created directories, then restores the deleted files. */
    private static void rollback(List<Step> steps, List<Step> done, List<Path> createdDirectories) {
        List<Step> undo = new ArrayList<>(done);
        Collections.reverse(undo);
        undo.stream().filter(step -> !step.change().deletes()).forEach(Transaction::restore);
        steps.stream().filter(step -> step.temporary() != null).forEach(step -> deleteQuietly(step.temporary()));
        createdDirectories.stream().sorted(Comparator.comparingInt(Path::getNameCount).reversed())
                .forEach(Transaction::deleteQuietly); // fails, as it should, where something else lives
        undo.stream().filter(step -> step.change().deletes()).forEach(Transaction::restore);
    }

    private static void restore(Step step) {
        try {
            if (step.original() == null) {
                Files.deleteIfExists(step.target());
            } else {
                Files.createDirectories(step.target().getParent());
                Files.write(step.target(), step.original());
                if (step.mode() != null) {
                    Files.setPosixFilePermissions(step.target(), step.mode());
                }
            }
        } catch (IOException ignored) {
            // keep restoring the others; the original failure is reported
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort
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

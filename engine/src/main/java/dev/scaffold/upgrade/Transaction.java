package dev.scaffold.upgrade;

import dev.scaffold.ScaffoldException;
import dev.scaffold.render.ProjectWriter;
import dev.scaffold.render.SafePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Applies an upgrade's writes and deletes all or nothing, even when the process is killed half-way.
 * First the {@link Journal} records every original (bytes and mode) and what will be created; then every
 * new content is written to a temporary file beside its target; then the temporary files are renamed over
 * their targets and deleted files removed, and {@code finish} runs (the git index update). The upgrade is
 * done when the journal is removed. If any step fails, the journal puts every target back byte for byte,
 * mode included, and removes the directories the upgrade created; if the process dies, the next scaffold
 * command does.
 */
final class Transaction {

    private final Path project;
    private final FileOps ops;

    Transaction(Path project, FileOps ops) {
        this.project = project;
        this.ops = ops;
    }

    /** The temporary file a new content is written to, beside its target. */
    static Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".scaffold-upgrade");
    }

    /**
     * @param index  the git index {@code finish} rewrites, if it does, for the journal to keep
     * @param finish runs after the last file is in place (the git index update); its failure rolls back too
     * @throws ScaffoldException (failure) naming the file that failed; the project is as it was
     */
    void apply(List<FileChange> changes, Optional<Path> index, IoAction finish) {
        List<Path> targets = new ArrayList<>();
        TreeSet<String> created = new TreeSet<>();
        try {
            List<Journal.Planned> planned = new ArrayList<>();
            for (FileChange change : changes) {
                Path target = SafePaths.resolveInside(project, change.path());
                targets.add(target);
                planned.add(new Journal.Planned(change.path(), change.deletes() ? null : relative(temporary(target))));
                for (Path dir = target.getParent(); !change.deletes() && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS);
                     dir = dir.getParent()) {
                    created.add(relative(dir));
                }
            }
            Journal.begin(project, planned, new ArrayList<>(created), index);
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot write the upgrade's journal (" + e.getMessage() + "); nothing was changed", e);
        }
        String current = null;
        try {
            for (int i = 0; i < changes.size(); i++) {
                current = changes.get(i).path();
                if (!changes.get(i).deletes()) {
                    Files.createDirectories(targets.get(i).getParent());
                    ops.write(temporary(targets.get(i)), changes.get(i).content());
                    ProjectWriter.setExecutable(temporary(targets.get(i)), changes.get(i).executable());
                }
            }
            for (int i = 0; i < changes.size(); i++) {
                current = changes.get(i).path();
                if (changes.get(i).deletes()) {
                    ops.delete(targets.get(i));
                } else {
                    ops.replace(temporary(targets.get(i)), targets.get(i));
                }
            }
            current = "the git index";
            finish.run();
            for (int i = 0; i < changes.size(); i++) {
                if (changes.get(i).deletes()) {
                    pruneEmptyParents(targets.get(i));
                }
            }
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

    private String relative(Path path) {
        return project.relativize(path).toString().replace('\\', '/');
    }

    /** An action that may fail with an I/O error. */
    interface IoAction {
        void run() throws IOException;
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

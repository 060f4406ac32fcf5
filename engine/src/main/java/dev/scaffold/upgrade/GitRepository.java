package dev.scaffold.upgrade;

import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git repository a project lives in, through JGit: the dirty-tree guard before an upgrade, and the
 * conflict stages (1 base, 2 yours, 3 the blueprint's) afterwards, so {@code git status} and IDEs show
 * real conflicts.
 */
final class GitRepository implements AutoCloseable {

    private final Repository repository;
    private final String prefix;

    private GitRepository(Repository repository, String prefix) {
        this.repository = repository;
        this.prefix = prefix;
    }

    /** The repository whose work tree holds {@code project}, if there is one. */
    static Optional<GitRepository> open(Path project) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(project.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            Repository repository = builder.setMustExist(true).build();
            Path linkDir = gitLinkDirectory(project);
            if (linkDir != null && repository.getConfig().getString("core", null, "worktree") == null) {
                // a ".git" file (git init --separate-git-dir): the work tree is where that file is
                repository.close();
                repository = new FileRepositoryBuilder().setGitDir(builder.getGitDir()).setWorkTree(linkDir.toFile())
                        .setMustExist(true).build();
            }
            if (repository.isBare()) {
                repository.close();
                return Optional.empty();
            }
            Path relative = repository.getWorkTree().toPath().toRealPath().relativize(project.toRealPath());
            String prefix = relative.toString().isEmpty() ? "" : relative.toString().replace('\\', '/') + "/";
            return Optional.of(new GitRepository(repository, prefix));
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot open the git repository of " + project + ": " + e.getMessage(), e);
        }
    }

    /** The nearest directory from {@code project} up that holds a ".git" file, when a ".git" directory is not nearer. */
    private static Path gitLinkDirectory(Path project) {
        for (Path dir = project.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(Constants.DOT_GIT);
            if (Files.exists(dotGit)) {
                return Files.isRegularFile(dotGit) ? dir : null;
            }
        }
        return null;
    }

    /** @throws ScaffoldException (invalid input) when the project has uncommitted or untracked changes */
    void requireClean(Path project) {
        try (Git git = Git.wrap(repository)) {
            Status status = prefix.isEmpty() ? git.status().call() : git.status().addPath(prefix.substring(0, prefix.length() - 1)).call();
            if (!status.isClean()) {
                Set<String> changed = new HashSet<>(status.getUncommittedChanges());
                changed.addAll(status.getUntracked());
                throw ScaffoldException.invalidInput("the git working tree of " + project + " is dirty (" + changed.size()
                        + " uncommitted or untracked " + (changed.size() == 1 ? "path" : "paths")
                        + "); commit or stash your changes first, so the upgrade can be reviewed and undone");
            }
        } catch (GitAPIException e) {
            throw ScaffoldException.failure("cannot read the git status of " + project + ": " + e.getMessage(), e);
        }
    }

    /** Replaces each conflicted path's index entry by its stages 1 (when there is a base), 2 and 3. */
    void writeConflictStages(List<ConflictStages> conflicts) throws IOException {
        if (conflicts.isEmpty()) {
            return;
        }
        Set<String> paths = new HashSet<>();
        conflicts.forEach(conflict -> paths.add(prefix + conflict.path()));
        DirCache index = repository.lockDirCache();
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            DirCacheBuilder builder = index.builder();
            for (int i = 0; i < index.getEntryCount(); i++) {
                DirCacheEntry entry = index.getEntry(i);
                if (!paths.contains(entry.getPathString())) {
                    builder.add(entry);
                }
            }
            for (ConflictStages conflict : conflicts) {
                List<DirCacheEntry> stages = new ArrayList<>();
                if (conflict.base() != null) {
                    stages.add(entry(inserter, conflict.path(), DirCacheEntry.STAGE_1, conflict.base(), conflict.executable()));
                }
                stages.add(entry(inserter, conflict.path(), DirCacheEntry.STAGE_2, conflict.ours(), conflict.executable()));
                stages.add(entry(inserter, conflict.path(), DirCacheEntry.STAGE_3, conflict.theirs(), conflict.executable()));
                stages.forEach(builder::add);
            }
            inserter.flush();
            if (!builder.commit()) {
                throw new IOException("cannot write the git index");
            }
        } finally {
            index.unlock();
        }
    }

    private DirCacheEntry entry(ObjectInserter inserter, String path, int stage, byte[] content, boolean executable) throws IOException {
        DirCacheEntry entry = new DirCacheEntry(prefix + path, stage);
        entry.setFileMode(executable ? FileMode.EXECUTABLE_FILE : FileMode.REGULAR_FILE);
        entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, content));
        entry.setLength(content.length);
        return entry;
    }

    /** The git index file, which {@link #writeConflictStages} rewrites. */
    Path indexFile() {
        return repository.getIndexFile().toPath();
    }

    /**
     * Puts back the index of the project's repository as {@link Journal} saved it, and removes the lock an
     * interrupted {@link #writeConflictStages} left.
     */
    static void restoreIndex(Path project, byte[] index) throws IOException {
        Optional<GitRepository> git = open(project);
        if (git.isEmpty()) {
            return;
        }
        try (GitRepository repository = git.get()) {
            Path file = repository.indexFile();
            Path temporary = file.resolveSibling("index.scaffold-recover");
            Files.write(temporary, index);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(file.resolveSibling("index.lock"));
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}

package dev.scaffold.catalog;

import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * One clone (JGit, no checkout) of a blueprint repository, in a temporary directory removed when the
 * process ends. Any of its commits is written out into a directory of its own, byte for byte as
 * committed (no line-end or other filters), so the old and the new version of an upgrade come from one
 * clone.
 */
final class GitClone {

    private final String uri;
    private final Repository repository;

    private GitClone(String uri, Repository repository) {
        this.uri = uri;
        this.repository = repository;
    }

    /** @throws ScaffoldException (invalid input) when the repository cannot be cloned */
    static GitClone of(String uri) {
        Path directory = temporaryDirectory("scaffold-source-");
        try {
            // stays open for the rest of the process, like the clone itself
            Git git = Git.cloneRepository().setURI(uri).setDirectory(directory.toFile()).setNoCheckout(true).call();
            return new GitClone(uri, git.getRepository());
        } catch (GitAPIException | RuntimeException e) {
            throw ScaffoldException.invalidInput("cannot clone blueprint repository " + uri + ": " + e.getMessage());
        }
    }

    /** The commit a branch, tag or commit id names; the default branch's newest commit for {@code HEAD}. */
    Optional<ObjectId> resolve(String ref) {
        try {
            for (String name : new String[] {ref, "origin/" + ref}) {
                ObjectId commit = repository.resolve(name + "^{commit}");
                if (commit != null) {
                    return Optional.of(commit);
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The blueprints at {@code commit}: the repository's root, or its {@code blueprints/} folder. */
    Catalog catalogAt(ObjectId commit, String source) {
        Path tree = temporaryDirectory("scaffold-" + commit.abbreviate(12).name() + "-");
        try (RevWalk walk = new RevWalk(repository); TreeWalk files = new TreeWalk(repository)) {
            RevCommit parsed = walk.parseCommit(commit);
            files.addTree(parsed.getTree());
            files.setRecursive(true);
            while (files.next()) {
                write(tree, files.getPathString(), files.getFileMode(0), files.getObjectId(0));
            }
        } catch (IOException e) {
            throw ScaffoldException.invalidInput("cannot read commit " + commit.name() + " of " + uri + ": " + e.getMessage());
        }
        Path blueprints = tree.resolve("blueprints");
        if (!Files.isDirectory(blueprints)) {
            return Catalog.fromDirectory(tree, source, Optional.of(commit.name()));
        }
        Containment.inside(blueprints, "blueprints/ of " + uri, tree, "the repository");
        return Catalog.fromDirectory(blueprints, source, Optional.of(commit.name()));
    }

    private void write(Path tree, String path, FileMode mode, ObjectId blob) throws IOException {
        Path target = tree.resolve(path).normalize();
        if (target.startsWith(tree)) {
            GitTreeFiles.write(repository, mode, blob, target);
        }
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            Path directory = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory)));
            return directory;
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot create a temporary directory: " + e.getMessage(), e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // the temporary directory is the system's to clean then
        }
    }
}

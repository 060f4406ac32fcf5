package dev.scaffold.catalog;

import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Where blueprints come from besides the engine's own: a directory, or a git repository at a ref
 * ({@code https://host/org/blueprints.git#v2}, {@code file:///srv/blueprints.git#main}), so an
 * organisation can keep its own fork. Blueprints sit at the repository's root, or in its
 * {@code blueprints/} folder, as in a fork of scaffold itself. A repository is cloned (with JGit) into a temporary directory
 * that is removed when the process ends; the catalog's source is the text given, so the provenance
 * records the repository and ref, never the temporary path.
 */
public final class BlueprintSource {

    private BlueprintSource() {
    }

    /** Whether the text names a git repository rather than a directory. */
    public static boolean isGit(String source) {
        String location = source.split("#", 2)[0];
        return location.matches("^(https?|ssh|git|file)://.+") || location.matches("^[\\w.-]+@[\\w.-]+:.+")
                || location.endsWith(".git");
    }

    /**
     * The catalog at {@code source}: a directory, or {@code REPOSITORY[#REF]} (a branch, tag or commit;
     * the default branch when absent).
     *
     * @throws ScaffoldException (invalid input) when the directory, repository or ref does not exist
     */
    public static Catalog open(String source) {
        if (!isGit(source)) {
            return Catalog.fromDirectory(Path.of(source));
        }
        String[] parts = source.split("#", 2);
        Path clone = temporaryDirectory();
        try (Git git = Git.cloneRepository().setURI(parts[0]).setDirectory(clone.toFile()).setNoCheckout(parts.length > 1).call()) {
            if (parts.length > 1) {
                checkout(git, parts[0], parts[1]);
            }
        } catch (ScaffoldException e) {
            throw e;
        } catch (GitAPIException | RuntimeException e) {
            throw ScaffoldException.invalidInput("cannot clone blueprint repository " + parts[0] + ": " + e.getMessage());
        }
        Path blueprints = clone.resolve("blueprints");
        return Catalog.fromDirectory(Files.isDirectory(blueprints) ? blueprints : clone, source);
    }

    private static void checkout(Git git, String repository, String ref) throws GitAPIException {
        try {
            ObjectId commit = git.getRepository().resolve(ref + "^{commit}");
            if (commit == null) {
                commit = git.getRepository().resolve("origin/" + ref + "^{commit}");
            }
            if (commit == null) {
                throw ScaffoldException.invalidInput("blueprint repository " + repository + " has no branch, tag or commit '" + ref + "'");
            }
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef(commit.name()).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("scaffold-source-");
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

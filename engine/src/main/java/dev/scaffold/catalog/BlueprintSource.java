package dev.scaffold.catalog;

import dev.scaffold.ScaffoldException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.util.FS;

/**
 * Where blueprints come from besides the engine's own: a directory, or a git repository at a ref
 * ({@code https://host/org/blueprints.git#v2}, {@code file:///srv/blueprints.git#main},
 * {@code ../blueprints#v2}), so an organisation can keep its own fork. Blueprints sit at the
 * repository's root, or in its {@code blueprints/} folder, as in a fork of scaffold itself.
 *
 * <p>A local directory is read as a git repository when it is a repository's root and either a ref is
 * given or its working tree is clean; otherwise (not a repository, or uncommitted changes a blueprint
 * author is trying out) its files are read as they are. A repository is cloned once; the catalog records
 * the source text as given and the exact commit read, never the temporary clone.
 */
public final class BlueprintSource {

    private final String text;
    private final Path base;
    private final Optional<String> ref;
    private final Optional<String> repository;
    private final Optional<Path> workingTree;
    private GitClone cloned;

    private BlueprintSource(String text, Path base, Optional<String> ref, Optional<String> repository,
                            Optional<Path> workingTree) {
        this.text = text;
        this.base = base;
        this.ref = ref;
        this.repository = repository;
        this.workingTree = workingTree;
    }

    /** Whether the text names a remote-style git repository (a URL, {@code user@host:path}, or {@code *.git}). */
    public static boolean isGit(String source) {
        String location = source.split("#", 2)[0];
        return location.matches("^(https?|ssh|git|file)://.+") || location.matches("^[\\w.-]+@[\\w.-]+:.+")
                || location.endsWith(".git");
    }

    /** The catalog at {@code source}, a relative directory resolved against the working directory. */
    public static Catalog open(String source) {
        return of(source, Path.of("").toAbsolutePath()).catalog();
    }

    /**
     * {@code DIRECTORY} or {@code REPOSITORY[#REF]} (a branch, tag or commit; the default branch when
     * absent), a relative path being relative to {@code base}.
     *
     * @throws ScaffoldException (invalid input) for a ref on a directory that is not a repository
     */
    public static BlueprintSource of(String source, Path base) {
        String[] parts = source.split("#", 2);
        Optional<String> ref = parts.length > 1 ? Optional.of(parts[1]) : Optional.empty();
        if (isGit(source)) {
            return new BlueprintSource(source, base, ref, Optional.of(parts[0]), Optional.empty());
        }
        Path directory = base.resolve(parts[0]).toAbsolutePath().normalize();
        boolean repository = isRepositoryRoot(directory);
        if (ref.isPresent() && !repository) {
            throw ScaffoldException.invalidInput("blueprint source " + directory + " is not a git repository, so it has no ref '"
                    + ref.get() + "'");
        }
        boolean asItIs = !repository || ref.isEmpty() && !isClean(directory);
        return new BlueprintSource(source, base, ref, repository ? Optional.of(directory.toString()) : Optional.empty(),
                asItIs ? Optional.of(directory) : Optional.empty());
    }

    /** Whether the blueprints are read from git (and so at a commit the provenance can record). */
    public boolean isGitRepository() {
        return workingTree.isEmpty();
    }

    /** Whether a directory source still exists (a repository's existence shows when it is cloned). */
    public boolean exists() {
        return workingTree.map(Files::isDirectory).orElse(true);
    }

    /** The repository to clone, when the source is one (also a local one read as it is). */
    public Optional<String> repository() {
        return repository;
    }

    /** The same repository or directory with no ref: the default branch's newest commit. */
    public BlueprintSource newest() {
        return ref.isEmpty() ? this : of(location(), base);
    }

    /**
     * The catalog at the ref given (or the default branch), recording the source text and the commit.
     *
     * @throws ScaffoldException (invalid input) when the directory, repository or ref does not exist
     */
    public Catalog catalog() {
        if (workingTree.isPresent()) {
            return Catalog.fromDirectory(workingTree.get(), text);
        }
        ObjectId commit = cloned().resolve(ref.orElse("HEAD")).orElseThrow(() -> ScaffoldException.invalidInput(ref.isPresent()
                ? "blueprint repository " + location() + " has no branch, tag or commit '" + ref.get() + "'"
                : "blueprint repository " + location() + " has no commits on its default branch"));
        return cloned.catalogAt(commit, text);
    }

    /**
     * The catalog at exactly this commit, when the source is a git repository that holds it.
     *
     * @throws ScaffoldException (invalid input) when the repository cannot be cloned
     */
    public Optional<Catalog> catalogAt(String commit) {
        if (repository.isEmpty() || !commit.matches("[0-9a-f]{40}")) {
            return Optional.empty();
        }
        return cloned().resolve(commit).map(found -> cloned.catalogAt(found, text));
    }

    /** The source text as given. */
    @Override
    public String toString() {
        return text;
    }

    private String location() {
        return text.split("#", 2)[0];
    }

    private GitClone cloned() {
        if (cloned == null) {
            cloned = GitClone.of(repository.orElseThrow());
        }
        return cloned;
    }

    private static boolean isRepositoryRoot(Path directory) {
        return Files.exists(directory.resolve(".git")) || RepositoryCache.FileKey.isGitRepository(directory.toFile(), FS.DETECTED);
    }

    private static boolean isClean(Path directory) {
        try (Git git = Git.open(directory.toFile())) {
            return git.getRepository().isBare() || git.status().call().isClean();
        } catch (Exception e) {
            return false;
        }
    }
}

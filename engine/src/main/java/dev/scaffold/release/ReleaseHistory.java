package dev.scaffold.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.scaffold.catalog.Releases.Release;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The git history of a blueprints folder: in which commit each release was made, and the blueprint as
 * it was there. A release's commit is the newest one (by commit time, among those HEAD reaches) whose
 * {@code <id>/blueprint.yaml} declares its version: every change to a blueprint bumps its version, so
 * that is the state the version was released in.
 */
final class ReleaseHistory implements AutoCloseable {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Repository repository;
    private final ObjectId head;
    private final String prefix;

    private ReleaseHistory(Repository repository, ObjectId head, String prefix) {
        this.repository = repository;
        this.head = head;
        this.prefix = prefix;
    }

    /** The history of the repository around {@code blueprints}; empty when there is none (no .git, no commit). */
    static Optional<ReleaseHistory> open(Path blueprints) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(blueprints.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        Repository repository = builder.build();
        ObjectId head = repository.isBare() ? null : repository.resolve(Constants.HEAD + "^{commit}");
        if (head == null) {
            repository.close();
            return Optional.empty();
        }
        Path relative = repository.getWorkTree().toPath().toRealPath().relativize(blueprints.toRealPath());
        String prefix = relative.toString().isEmpty() ? "" : relative.toString().replace('\\', '/') + "/";
        if (!prefix.isEmpty() && !tracked(repository, head, relative.toString().replace('\\', '/'))) {
            // e.g. a source tarball unpacked inside some other repository's working tree
            repository.close();
            return Optional.empty();
        }
        return Optional.of(new ReleaseHistory(repository, head, prefix));
    }

    private static boolean tracked(Repository repository, ObjectId head, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repository); TreeWalk entry = TreeWalk.forPath(repository, path, walk.parseCommit(head).getTree())) {
            return entry != null;
        }
    }

    /** Whether this is a shallow clone, whose history may stop before a release. */
    boolean shallow() throws IOException {
        return !repository.getObjectDatabase().getShallowCommits().isEmpty();
    }

    /** The commit of each release that the history holds, in the order given. */
    Map<Release, RevCommit> find(List<Release> releases) throws IOException {
        Map<Release, RevCommit> found = new LinkedHashMap<>();
        List<Release> pending = new ArrayList<>(releases);
        Map<ObjectId, String> versions = new HashMap<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit = walk.next(); commit != null && !pending.isEmpty(); commit = walk.next()) {
                for (Release release : List.copyOf(pending)) {
                    ObjectId manifest = blob(commit, release.id() + "/blueprint.yaml");
                    if (manifest != null && release.version().equals(versions.computeIfAbsent(manifest, this::version))) {
                        found.put(release, commit);
                        pending.remove(release);
                    }
                }
            }
        }
        Map<Release, RevCommit> ordered = new LinkedHashMap<>();
        releases.stream().filter(found::containsKey).forEach(release -> ordered.put(release, found.get(release)));
        return ordered;
    }

    /**
     * Writes blueprint {@code id} as it was in {@code commit} into {@code target}, self-contained: the
     * templates of the libraries it includes, then its own over them, and its manifest without
     * {@code include}.
     */
    void writeFlattened(RevCommit commit, String id, Path target) throws IOException {
        String manifest = new String(read(blob(commit, id + "/blueprint.yaml")), StandardCharsets.UTF_8);
        Files.createDirectories(target.resolve("template"));
        for (JsonNode include : YAML.readTree(manifest).path("include")) {
            copyTree(commit, include.asText() + "/template", target.resolve("template"));
        }
        copyTree(commit, id + "/template", target.resolve("template"));
        Files.writeString(target.resolve("blueprint.yaml"), withoutInclude(manifest), StandardCharsets.UTF_8);
    }

    /** The manifest without its {@code include:} entry (flow or block form). */
    static String withoutInclude(String manifest) {
        return manifest.replaceAll("(?m)^include:.*(\\R|\\z)(?:[ \\t]+-.*(\\R|\\z))*", "");
    }

    private void copyTree(RevCommit commit, String path, Path target) throws IOException {
        try (TreeWalk entry = TreeWalk.forPath(repository, prefix + path, commit.getTree())) {
            if (entry == null || entry.getFileMode(0) != FileMode.TREE) {
                throw new IOException("commit " + commit.abbreviate(10).name() + " has no folder " + prefix + path);
            }
            try (TreeWalk walk = new TreeWalk(repository)) {
                walk.addTree(entry.getObjectId(0));
                walk.setRecursive(true);
                while (walk.next()) {
                    if (walk.getFileMode(0) == FileMode.GITLINK) {
                        continue;
                    }
                    Path file = target.resolve(walk.getPathString());
                    Files.createDirectories(file.getParent());
                    Files.deleteIfExists(file);
                    if (walk.getFileMode(0) == FileMode.SYMLINK) {
                        // a link stays a link, as in the working tree: rendering decides whether it may be followed
                        Files.createSymbolicLink(file, Path.of(new String(read(walk.getObjectId(0)), StandardCharsets.UTF_8)));
                    } else {
                        Files.write(file, read(walk.getObjectId(0)));
                    }
                }
            }
        }
    }

    private ObjectId blob(RevCommit commit, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, prefix + path, commit.getTree())) {
            return walk == null || (walk.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE ? null : walk.getObjectId(0);
        }
    }

    private String version(ObjectId manifest) {
        try {
            return YAML.readTree(read(manifest)).path("version").asText();
        } catch (IOException e) {
            return "";
        }
    }

    private byte[] read(ObjectId blob) throws IOException {
        return repository.open(blob, Constants.OBJ_BLOB).getBytes();
    }

    @Override
    public void close() {
        repository.close();
    }
}

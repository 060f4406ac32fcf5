package dev.scaffold.release;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.scaffold.catalog.Releases.Release;
import java.io.IOException;
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

    /** Writes blueprint {@code id} as it was in {@code commit} into {@code target}, includes flattened. */
    void writeFlattened(RevCommit commit, String id, Path target) throws IOException {
        new FlatBlueprint(repository, prefix, commit).write(id, target);
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

package dev.scaffold.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.scaffold.catalog.GitTreeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A blueprint as it was in one commit, written self-contained (as the catalog reads
 * {@code .archive/<id>/<version>/}): the templates of the libraries it includes, then its own over
 * them, and its manifest without {@code include}.
 */
final class FlatBlueprint {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Repository repository;
    private final String prefix;
    private final RevCommit commit;

    /** @param prefix where the blueprints folder is in the repository ({@code blueprints/}, or empty) */
    FlatBlueprint(Repository repository, String prefix, RevCommit commit) {
        this.repository = repository;
        this.prefix = prefix;
        this.commit = commit;
    }

    void write(String id, Path target) throws IOException {
        String manifest = new String(read(entry(id + "/blueprint.yaml", FileMode.REGULAR_FILE)), StandardCharsets.UTF_8);
        Files.createDirectories(target.resolve("template"));
        for (JsonNode include : YAML.readTree(manifest).path("include")) {
            copyTree(include.asText() + "/template", target.resolve("template"));
        }
        copyTree(id + "/template", target.resolve("template"));
        Files.writeString(target.resolve("blueprint.yaml"), withoutInclude(manifest), StandardCharsets.UTF_8);
    }

    /** The manifest without its {@code include:} entry (flow or block form). */
    static String withoutInclude(String manifest) {
        return manifest.replaceAll("(?m)^include:.*(\\R|\\z)(?:[ \\t]+-.*(\\R|\\z))*", "");
    }

    private void copyTree(String path, Path target) throws IOException {
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(entry(path, FileMode.TREE));
            walk.setRecursive(true);
            while (walk.next()) {
                GitTreeFiles.write(repository, walk.getFileMode(0), walk.getObjectId(0),
                        target.resolve(walk.getPathString()));
            }
        }
    }

    private ObjectId entry(String path, FileMode mode) throws IOException {
        try (TreeWalk entry = TreeWalk.forPath(repository, prefix + path, commit.getTree())) {
            if (entry == null || (entry.getRawMode(0) & FileMode.TYPE_MASK) != (mode.getBits() & FileMode.TYPE_MASK)) {
                throw new IOException("commit " + commit.abbreviate(10).name() + " has no " + prefix + path);
            }
            return entry.getObjectId(0);
        }
    }

    private byte[] read(ObjectId blob) throws IOException {
        return repository.open(blob, Constants.OBJ_BLOB).getBytes();
    }
}

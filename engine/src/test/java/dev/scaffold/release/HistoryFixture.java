package dev.scaffold.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * A git repository (made with JGit) whose {@code blueprints/} holds a blueprint "tiny" that includes
 * the library {@code _lib}, committed at versions 1.0.0, 2.0.0 and 3.0.0 (the working tree), with
 * {@code RELEASES} listing all three.
 */
public final class HistoryFixture {

    public static final String RELEASES = "# released\ntiny 1.0.0\ntiny 2.0.0\ntiny 3.0.0\n";

    private HistoryFixture() {
    }

    /** Makes the repository in {@code root}; returns its {@code blueprints/} folder. */
    public static Path create(Path root) throws IOException, GitAPIException {
        Path blueprints = root.resolve("blueprints");
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            write(blueprints.resolve("tiny/blueprint.yaml"), manifest("1.0.0"));
            write(blueprints.resolve("tiny/template/README.md"), "# {{name}}\n\nOne, draft.\n");
            write(blueprints.resolve("_lib/template/shared.txt"), "Shared one.\n");
            commit(git, "tiny 1.0.0, a draft");
            write(blueprints.resolve("tiny/template/README.md"), "# {{name}}\n\nOne.\n");
            commit(git, "tiny 1.0.0, final");
            write(blueprints.resolve("tiny/blueprint.yaml"), manifest("2.0.0"));
            write(blueprints.resolve("tiny/template/README.md"), "# {{name}}\n\nTwo.\n");
            write(blueprints.resolve("_lib/template/shared.txt"), "Shared two.\n");
            commit(git, "tiny 2.0.0");
            write(blueprints.resolve("tiny/blueprint.yaml"), manifest("3.0.0"));
            write(blueprints.resolve("tiny/template/README.md"), "# {{name}}\n\nThree.\n");
            write(blueprints.resolve("RELEASES"), RELEASES);
            commit(git, "tiny 3.0.0");
        }
        return blueprints;
    }

    public static String manifest(String version) {
        return """
                id: tiny
                version: %s
                kind: project
                description: Tiny.
                include: [_lib]
                parameters:
                  - name: name
                    type: string
                    help: The name.
                    default: tiny
                    pattern: "^[a-z]+$"
                """.formatted(version);
    }

    public static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static void commit(Git git, String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com")
                .setSign(false).call();
    }
}

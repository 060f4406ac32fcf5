package dev.scaffold.cli;

import dev.scaffold.Fixtures;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import picocli.CommandLine;

/**
 * A blueprint repository as an organisation keeps its fork: blueprint {@code tiny} at 1.0.0, 2.0.0 and
 * 3.0.0 (and its layer {@code more} 1.0.0), one commit and one tag ({@code v1}, {@code v2}, {@code v3})
 * each on {@code main}, and no {@code .archive}: a release is its tag. Also runs the command line in a working directory.
 */
final class ForkRepository {

    static final String[] README = {
        "# {{name}}\n\nOne.\n",
        "# {{name}}\n\nOne.\n\nTwo.\n",
        "# {{name}}\n\nOne.\n\nTwo.\n\nThree.\n",
    };

    static final String LAYER = """
            id: more
            version: 1.0.0
            kind: layer
            layerOf: [tiny]
            description: A layer over tiny.
            """;

    final Path directory;
    /** The commit id of each tag. */
    final Map<String, String> commits = new LinkedHashMap<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    ForkRepository(Path directory) throws Exception {
        this(directory, "");
    }

    /** @param history told apart from other repositories' histories by this text in each commit message */
    ForkRepository(Path directory, String history) throws Exception {
        this.directory = directory;
        try (Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call()) {
            for (int version = 1; version <= 3; version++) {
                Files.createDirectories(directory.resolve("tiny/template"));
                Files.writeString(directory.resolve("tiny/blueprint.yaml"), manifest(version + ".0.0"));
                Files.writeString(directory.resolve("tiny/template/README.md"), README[version - 1]);
                Files.writeString(directory.resolve("tiny/template/notes.txt"), "Notes.\n");
                Files.createDirectories(directory.resolve("more/template"));
                Files.writeString(directory.resolve("more/blueprint.yaml"), LAYER);
                Files.writeString(directory.resolve("more/template/MORE.md"), "More.\n");
                commits.put("v" + version, commit(git, "tiny " + version + ".0.0" + history).name());
                git.tag().setName("v" + version).call();
            }
        }
    }

    static String manifest(String version) {
        return """
                id: tiny
                version: %s
                kind: project
                description: Tiny.
                parameters:
                  - name: name
                    type: string
                    help: The name.
                    default: tiny
                    pattern: "^[a-z]+$"
                """.formatted(version);
    }

    String uri() {
        return directory.toUri().toString();
    }

    /** Commits everything in {@code directory} (a repository made on first use). */
    static ObjectId commit(Path directory, String message) throws Exception {
        try (Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call()) {
            return commit(git, message);
        }
    }

    private static ObjectId commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(message).setAuthor("Org", "org@example.com").setCommitter("Org", "org@example.com")
                .setSign(false).call();
    }

    /** {@code scaffold ARGS} run in {@code workingDirectory}; its output is in {@link #out} and {@link #err}. */
    int run(Path workingDirectory, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = ScaffoldCli.create(new CliEnvironment(Fixtures::catalog, new BufferedReader(new StringReader("")),
                false, workingDirectory));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}

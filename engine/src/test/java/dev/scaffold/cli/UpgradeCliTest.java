package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scaffold.ExitCodes;
import dev.scaffold.catalog.Catalog;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code scaffold upgrade} and {@code scaffold diff} through the real command line. */
class UpgradeCliTest {

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = ScaffoldCli.create(new CliEnvironment(() -> Catalog.fromDirectory(work.resolve("v1")),
                new BufferedReader(new StringReader("")), false));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** v1 and v2 of a blueprint "tiny", a project generated from v1 and committed. */
    private Path project(Consumer<Path> edit) throws Exception {
        Map<String, String> v1 = Map.of("README.md", "# {{name}}\n\nOne.\n", "notes.txt", "Notes.\n");
        String manifest = """
                id: tiny
                version: 1.0.0
                kind: project
                description: Tiny.
                parameters:
                  - name: name
                    type: string
                    help: The name.
                    default: tiny
                    pattern: "^[a-z]+$"
                """;
        write(work.resolve("v1/tiny"), manifest, v1);
        write(work.resolve("v2/.archive/tiny/1.0.0"), manifest, v1);
        write(work.resolve("v2/tiny"), manifest.replace("1.0.0", "2.0.0"),
                Map.of("README.md", "# {{name}}\n\nTwo.\n", "notes.txt", "Notes.\n"));
        Path project = work.resolve("p");
        assertThat(run("new", "-b", "tiny", "-o", project.toString(), "--no-input")).isZero();
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            edit.accept(project);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("init").setAuthor("u", "u@x").setCommitter("u", "u@x").setSign(false).call();
        }
        return project;
    }

    private static void write(Path blueprint, String manifest, Map<String, String> files) throws Exception {
        Files.createDirectories(blueprint.resolve("template"));
        Files.writeString(blueprint.resolve("blueprint.yaml"), manifest);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(blueprint.resolve("template").resolve(file.getKey()), file.getValue());
        }
    }

    private static void edit(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void checkExitCodesSayUpToDateCleanConflictAndDrift() throws Exception {
        Path project = project(p -> { });
        String v1 = work.resolve("v1").toString();
        String v2 = work.resolve("v2").toString();
        assertThat(run("upgrade", project.toString(), "--check", "--source", v1)).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("is up to date (tiny 1.0.0)");
        assertThat(run("upgrade", project.toString(), "--check", "--source", v2)).isEqualTo(ExitCodes.CHECK_UPGRADE_CLEAN);
        edit(project.resolve("notes.txt"), "Mine.\n");
        assertThat(run("upgrade", project.toString(), "--check", "--source", v1)).isEqualTo(ExitCodes.CHECK_DRIFTED);
        assertThat(run("upgrade", project.toString(), "--check", "--source", v2)).isEqualTo(ExitCodes.CHECK_UPGRADE_CLEAN);
        edit(project.resolve("README.md"), "# tiny\n\nMine.\n");
        assertThat(run("upgrade", project.toString(), "--check", "--source", v2)).isEqualTo(ExitCodes.CHECK_UPGRADE_CONFLICTS);
    }

    @Test
    void upgradeReportsEveryFileAndExitsWith3WhenConflictsRemain() throws Exception {
        Path project = project(p -> edit(p.resolve("README.md"), "# tiny\n\nMine.\n"));
        assertThat(run("upgrade", project.toString(), "--source", work.resolve("v2").toString())).as(err.toString())
                .isEqualTo(ExitCodes.CONFLICTS);
        assertThat(out.toString())
                .contains("Upgraded " + project + ": tiny 1.0.0 -> tiny 2.0.0")
                .containsPattern("CONFLICT +README.md")
                .containsPattern("up to date +notes.txt")
                .contains("1 file has conflicts: resolve them, then 'git add' the files");
        assertThat(Files.readString(project.resolve("README.md"))).contains(">>>>>>> blueprint tiny 2.0.0");
    }

    @Test
    void dryRunPrintsClassificationsAsTextOrJsonAndWritesNothing() throws Exception {
        Path project = project(p -> { });
        String before = Files.readString(project.resolve("README.md"));
        assertThat(run("upgrade", project.toString(), "--dry-run", "--source", work.resolve("v2").toString())).isZero();
        assertThat(out.toString()).contains("Upgrade plan for").containsPattern("updated +README.md").contains("Nothing was written.");
        assertThat(run("upgrade", project.toString(), "--dry-run", "--format", "json", "--source", work.resolve("v2").toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("applied").asBoolean()).isFalse();
        assertThat(json.get("to").get(0).get("version").asText()).isEqualTo("2.0.0");
        assertThat(json.get("files").get(0).get("path").asText()).isEqualTo("README.md");
        assertThat(json.get("files").get(0).get("outcome").asText()).isEqualTo("updated");
        assertThat(Files.readString(project.resolve("README.md"))).isEqualTo(before);
    }

    @Test
    void refusalsAreOneLineWithExitCode2() throws Exception {
        Path project = project(p -> { });
        edit(project.resolve("README.md"), "dirty\n");
        assertThat(run("upgrade", project.toString(), "--source", work.resolve("v2").toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).startsWith("error: the git working tree of ").endsWith("undone\n").hasLineCount(1);
        assertThat(run("upgrade", project.toString(), "--check", "--dry-run")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run("upgrade", project.toString(), "--conflict", "theirs")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("--conflict must be inline or rej");
    }

    @Test
    void diffListsWhatTheUserChangedOffline() throws Exception {
        Path project = project(p -> { });
        assertThat(run("diff", project.toString())).isZero();
        assertThat(out.toString()).isEqualTo("No changes against the render of tiny 1.0.0.\n");
        edit(project.resolve("README.md"), "mine\n");
        Files.delete(project.resolve("notes.txt"));
        assertThat(run("diff", project.toString())).isZero();
        assertThat(out.toString()).contains("Changed since the render of tiny 1.0.0:")
                .contains("  modified     README.md").contains("  deleted      notes.txt");
        assertThat(run("diff", project.toString(), "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"change\" : \"deleted\"");
    }

    @Test
    void helpListsTheExitCodes() {
        assertThat(run("upgrade", "--help")).isZero();
        assertThat(out.toString()).contains("--check").contains("--conflict=STYLE").contains("--no-git")
                .contains("Exit codes:").contains("11   --check: an upgrade would conflict");
    }
}

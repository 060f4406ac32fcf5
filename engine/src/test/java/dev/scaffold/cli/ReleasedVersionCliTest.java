package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.ExitCodes;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.release.HistoryFixture;
import dev.scaffold.release.ReleasePacker;
import dev.scaffold.render.Provenance;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ID@VERSION} for new, describe and upgrade --to, against blueprints packed from a git history
 * (tiny 1.0.0 and 2.0.0 released, 3.0.0 current) as the engine's build packs its own.
 */
class ReleasedVersionCliTest {

    @TempDir
    Path work;

    private Path blueprints;
    private Supplier<Catalog> catalog;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void packHistory() throws Exception {
        blueprints = HistoryFixture.create(work.resolve("repo"));
        ReleasePacker.pack(blueprints, blueprints.resolve(Catalog.ARCHIVE), true);
        catalog = () -> Catalog.fromDirectory(blueprints, "bundled");
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = ScaffoldCli.create(new CliEnvironment(catalog, new BufferedReader(new StringReader("")), false));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void newAndDescribeTakeAReleasedVersion() {
        Path project = work.resolve("p");
        assertThat(run("new", "-b", "tiny@1.0.0", "-o", project.toString(), "--no-input")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("from tiny 1.0.0 (3 files)");
        assertThat(project.resolve("README.md")).content().isEqualTo("# tiny\n\nOne.\n");
        assertThat(project.resolve("shared.txt")).content().isEqualTo("Shared one.\n");
        assertThat(Provenance.read(project).blueprints()).extracting(ref -> ref.id() + " " + ref.version())
                .containsExactly("tiny 1.0.0");

        assertThat(run("describe", "tiny@2.0.0")).isZero();
        assertThat(out.toString()).startsWith("tiny 2.0.0 (project): Tiny.");
    }

    @Test
    void anUnknownVersionIsOneLineListingTheVersionsThereAre() {
        for (String[] args : new String[][] {{"new", "-b", "tiny@9.9.9", "-o", work.resolve("q").toString(), "--no-input"},
                {"describe", "tiny@9.9.9"}}) {
            assertThat(run(args)).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(err.toString()).isEqualTo("error: unknown version 9.9.9 of blueprint 'tiny' (available: 1.0.0, 2.0.0, 3.0.0)\n");
        }
        assertThat(work.resolve("q")).doesNotExist();
    }

    @Test
    void upgradeToAReleasedVersionByVersionOrIdAtVersion() throws Exception {
        Path project = work.resolve("p");
        assertThat(run("new", "-b", "tiny@1.0.0", "-o", project.toString(), "--no-input")).isZero();
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("init").setAuthor("u", "u@x").setCommitter("u", "u@x").setSign(false).call();
        }
        assertThat(run("upgrade", project.toString(), "--to", "9.0.0")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).isEqualTo("error: unknown version 9.0.0 of blueprint 'tiny' (available: 1.0.0, 2.0.0, 3.0.0)\n");
        assertThat(run("upgrade", project.toString(), "--to", "other@2.0.0")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).isEqualTo("error: --to other@2.0.0 names blueprint 'other', but the project's blueprint is 'tiny'\n");

        assertThat(run("upgrade", project.toString(), "--to", "tiny@2.0.0")).as(err.toString()).isZero();
        assertThat(project.resolve("README.md")).content().isEqualTo("# tiny\n\nTwo.\n");
        assertThat(project.resolve("shared.txt")).content().isEqualTo("Shared two.\n");
        assertThat(Provenance.read(project).blueprints().get(0).version()).isEqualTo("2.0.0");
    }

    @Test
    void upgradingFromAVersionTheEngineWasBuiltWithoutFailsInOneLine() throws Exception {
        Path project = work.resolve("p");
        assertThat(run("new", "-b", "tiny@1.0.0", "-o", project.toString(), "--no-input")).isZero();
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("init").setAuthor("u", "u@x").setCommitter("u", "u@x").setSign(false).call();
        }
        org.eclipse.jgit.util.FileUtils.delete(blueprints.resolve(Catalog.ARCHIVE).toFile(), org.eclipse.jgit.util.FileUtils.RECURSIVE);
        String before = Files.readString(project.resolve("README.md"));

        assertThat(run("upgrade", project.toString())).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).hasLineCount(1).startsWith("error: tiny 1.0.0 is a released version, but this engine"
                + " does not bundle it: it was built without the repository's git history");
        assertThat(project.resolve("README.md")).content().isEqualTo(before);
    }
}

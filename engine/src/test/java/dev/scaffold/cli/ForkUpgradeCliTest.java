package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.ExitCodes;
import dev.scaffold.render.Provenance;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.util.FileUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An organisation's fork of the blueprints in git, a tag per release, upgraded end to end through the CLI. */
class ForkUpgradeCliTest {

    @TempDir
    Path work;

    private ForkRepository fork;
    private Path project;

    @BeforeEach
    void forkWithThreeReleases() throws Exception {
        fork = new ForkRepository(work.resolve("blueprints"));
        project = work.resolve("p");
    }

    /** {@code scaffold new} from {@code v1}, committed, then the README's title edited and committed. */
    private void newFromV1WithAnEdit() throws Exception {
        assertThat(fork.run(work, "new", "--source", fork.uri() + "#v1", "-b", "tiny", "-o", "p", "--no-input"))
                .as(fork.err.toString()).isZero();
        ForkRepository.commit(project, "render");
        Files.writeString(project.resolve("README.md"), "# tiny (ours)\n\nOne.\n");
        ForkRepository.commit(project, "edit");
    }

    private String readme() throws Exception {
        return Files.readString(project.resolve("README.md"));
    }

    @Test
    void upgradesTagToTagThenToTheNewestOnTheDefaultBranchKeepingTheEdit() throws Exception {
        newFromV1WithAnEdit();
        Provenance rendered = Provenance.read(project);
        assertThat(rendered.source()).isEqualTo(fork.uri() + "#v1");
        assertThat(rendered.commit()).isEqualTo(fork.commits.get("v1"));

        assertThat(fork.run(project, "upgrade", "--source", fork.uri() + "#v2")).as(fork.out.toString()).isEqualTo(ExitCodes.OK);
        assertThat(fork.out.toString()).contains("tiny 1.0.0 -> tiny 2.0.0").containsPattern("merged +README.md")
                .doesNotContain("warning");
        assertThat(readme()).isEqualTo("# tiny (ours)\n\nOne.\n\nTwo.\n");
        assertThat(Provenance.read(project).commit()).isEqualTo(fork.commits.get("v2"));
        ForkRepository.commit(project, "upgrade to v2");

        assertThat(fork.run(project, "upgrade", "--source", fork.uri())).as(fork.out.toString()).isEqualTo(ExitCodes.OK);
        assertThat(readme()).isEqualTo("# tiny (ours)\n\nOne.\n\nTwo.\n\nThree.\n");
        Provenance upgraded = Provenance.read(project);
        assertThat(upgraded.blueprints().get(0).version()).isEqualTo("3.0.0");
        assertThat(upgraded.source()).isEqualTo(fork.uri());
        assertThat(upgraded.commit()).isEqualTo(fork.commits.get("v3"));
    }

    @Test
    void withoutSourceTheRecordedRepositorysDefaultBranchIsTheNewVersion() throws Exception {
        newFromV1WithAnEdit();
        assertThat(fork.run(project, "upgrade")).as(fork.out.toString()).isEqualTo(ExitCodes.OK);
        assertThat(readme()).isEqualTo("# tiny (ours)\n\nOne.\n\nTwo.\n\nThree.\n");
        assertThat(Provenance.read(project).commit()).isEqualTo(fork.commits.get("v3"));
    }

    @Test
    void addingALayerKeepsTheRecordedRelease() throws Exception {
        newFromV1WithAnEdit();
        assertThat(fork.run(project, "add", "more")).as(fork.out.toString() + fork.err).isEqualTo(ExitCodes.OK);
        assertThat(Provenance.read(project).blueprints()).extracting(ref -> ref.id() + " " + ref.version())
                .containsExactly("tiny 1.0.0", "more 1.0.0");
        assertThat(Provenance.read(project).commit()).isEqualTo(fork.commits.get("v1"));
        assertThat(project.resolve("MORE.md")).hasContent("More.");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theBaseIsTheRecordedCommitEvenWhenTheTagWasMovedOrDeleted(boolean moved) throws Exception {
        newFromV1WithAnEdit();
        try (Git git = Git.open(fork.directory.toFile())) {
            git.tagDelete().setTags("v1").call();
            if (moved) {
                git.tag().setName("v1").setObjectId(git.getRepository().parseCommit(ObjectId.fromString(fork.commits.get("v3"))))
                        .call();
            }
        }
        assertThat(fork.run(project, "upgrade", "--source", fork.uri() + "#v2")).as(fork.out.toString()).isEqualTo(ExitCodes.OK);
        assertThat(readme()).isEqualTo("# tiny (ours)\n\nOne.\n\nTwo.\n");
    }

    @Test
    void aCommitNoLongerInTheRepositoryDegradesSayingSo() throws Exception {
        newFromV1WithAnEdit();
        Provenance recorded = Provenance.read(project);
        FileUtils.delete(fork.directory.toFile(), FileUtils.RECURSIVE);
        Path moved = work.resolve("rewritten");
        new ForkRepository(moved, " (history rewritten)");
        assertThat(fork.run(project, "upgrade", "--source", moved.toUri() + "#v2")).isEqualTo(ExitCodes.CONFLICTS);
        assertThat(fork.out.toString()).contains("warning: the recorded version cannot be rendered (commit " + recorded.commit() + " of "
                + recorded.source() + " cannot be read, and unknown version 1.0.0");
        assertThat(readme()).contains("<<<<<<< yours");
    }

    @Test
    void theCommitIsFoundInTheRecordedRepositoryWhenTheNewSourceLacksIt() throws Exception {
        newFromV1WithAnEdit();
        Path mirror = work.resolve("mirror");
        new ForkRepository(mirror, " (mirrored without history)");
        assertThat(fork.run(project, "upgrade", "--source", mirror.toUri() + "#v2")).as(fork.out.toString()).isEqualTo(ExitCodes.OK);
        assertThat(readme()).isEqualTo("# tiny (ours)\n\nOne.\n\nTwo.\n");
    }

    @Test
    void aProjectRenderedBeforeCommitsWereRecordedUpgradesAsBefore() throws Exception {
        newFromV1WithAnEdit();
        Path file = project.resolve(Provenance.FILE);
        Files.writeString(file, Files.readString(file).replaceAll("  \"commit\" : \"[0-9a-f]+\",\n", ""));
        ForkRepository.commit(project, "provenance of an older engine");
        assertThat(Provenance.read(project).commit()).isNull();
        assertThat(fork.run(project, "upgrade", "--dry-run", "--source", fork.uri() + "#v2")).isZero();
        assertThat(fork.out.toString()).contains("unknown version 1.0.0 of blueprint 'tiny' (available: 2.0.0)");

        Path archived = fork.directory.resolve(".archive/tiny/1.0.0");
        Files.createDirectories(archived.resolve("template"));
        Files.writeString(archived.resolve("blueprint.yaml"), ForkRepository.manifest("1.0.0"));
        Files.writeString(archived.resolve("template/README.md"), ForkRepository.README[0]);
        Files.writeString(archived.resolve("template/notes.txt"), "Notes.\n");
        ForkRepository.commit(fork.directory, "archive 1.0.0");
        assertThat(fork.run(project, "upgrade", "--source", fork.uri())).as(fork.out.toString()).isEqualTo(ExitCodes.OK);
        assertThat(readme()).isEqualTo("# tiny (ours)\n\nOne.\n\nTwo.\n\nThree.\n");
    }
}

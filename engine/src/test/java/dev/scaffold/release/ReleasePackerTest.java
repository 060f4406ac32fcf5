package dev.scaffold.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.Releases.Release;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.util.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's packing of released versions from git history into {@code .archive/}. */
class ReleasePackerTest {

    @TempDir
    Path work;

    @Test
    void packsEachOlderReleaseFromTheNewestCommitThatDeclaresItWithIncludesFlattened() throws Exception {
        Path blueprints = HistoryFixture.create(work.resolve("repo"));
        Path archive = work.resolve("out/.archive");
        HistoryFixture.write(archive.resolve("stale/0.1.0/blueprint.yaml"), "left from an earlier build\n");

        ReleasePacker.Report report = ReleasePacker.pack(blueprints, archive, true);

        assertThat(report.packed()).containsOnlyKeys(new Release("tiny", "1.0.0"), new Release("tiny", "2.0.0"));
        assertThat(report.missing()).isEmpty();
        assertThat(archive.resolve("tiny/1.0.0/template/README.md")).content().isEqualTo("# {{name}}\n\nOne.\n");
        assertThat(archive.resolve("tiny/1.0.0/template/shared.txt")).content().isEqualTo("Shared one.\n");
        assertThat(archive.resolve("tiny/1.0.0/blueprint.yaml")).content()
                .isEqualTo(HistoryFixture.manifest("1.0.0").replace("include: [_lib]\n", ""));
        assertThat(archive.resolve("tiny/2.0.0/template/shared.txt")).content().isEqualTo("Shared two.\n");
        assertThat(archive.resolve("tiny/3.0.0")).doesNotExist();
        assertThat(archive.resolve("stale")).doesNotExist();

        Files.move(archive, blueprints.resolve(Catalog.ARCHIVE));
        Catalog catalog = Catalog.fromDirectory(blueprints);
        assertThat(catalog.versions("tiny")).containsExactly("1.0.0", "2.0.0", "3.0.0");
        assertThat(catalog.get("tiny", "1.0.0").includeRoots()).isEmpty();
    }

    @Test
    void withoutHistoryPacksNothingAndSaysWhyUnlessHistoryIsRequired() throws Exception {
        Path blueprints = HistoryFixture.create(work.resolve("repo"));
        FileUtils.delete(work.resolve("repo/.git").toFile(), FileUtils.RECURSIVE);
        Path archive = work.resolve("out/.archive");

        ReleasePacker.Report report = ReleasePacker.pack(blueprints, archive, false);

        assertThat(report.packed()).isEmpty();
        assertThat(report.missing()).containsExactly(new Release("tiny", "1.0.0"), new Release("tiny", "2.0.0"));
        assertThat(report.reason()).startsWith("the build has no git history");
        assertThat(archive).doesNotExist();
        assertThatThrownBy(() -> ReleasePacker.pack(blueprints, archive, true))
                .hasMessageContaining("cannot bundle the released blueprint versions [tiny 1.0.0, tiny 2.0.0]");
    }

    @Test
    void blueprintsUnpackedInsideAnotherRepositoryHaveNoHistory() throws Exception {
        Path blueprints = HistoryFixture.create(work.resolve("repo"));
        FileUtils.delete(work.resolve("repo/.git").toFile(), FileUtils.RECURSIVE);
        try (Git outer = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            HistoryFixture.write(work.resolve("notes.txt"), "the outer repository\n");
            outer.add().addFilepattern("notes.txt").call();
            outer.commit().setMessage("outer").setAuthor("O", "o@x").setCommitter("O", "o@x").setSign(false).call();
        }
        ReleasePacker.Report report = ReleasePacker.pack(blueprints, work.resolve("out/.archive"), false);
        assertThat(report.missing()).hasSize(2);
        assertThat(report.reason()).startsWith("the build has no git history");
    }

    @Test
    void aShallowCloneBundlesWhatItsHistoryHolds() throws Exception {
        HistoryFixture.create(work.resolve("repo"));
        Path clone = work.resolve("clone");
        Git.cloneRepository().setURI(work.resolve("repo").toUri().toString()).setDirectory(clone.toFile()).setDepth(2)
                .call().close();

        ReleasePacker.Report report = ReleasePacker.pack(clone.resolve("blueprints"), work.resolve("out/.archive"), false);

        assertThat(report.packed()).containsOnlyKeys(new Release("tiny", "2.0.0"));
        assertThat(report.missing()).containsExactly(new Release("tiny", "1.0.0"));
        assertThat(report.reason()).contains("shallow");
    }

    @Test
    void aReleaseThatNoCommitDeclaresFailsTheBuild() throws Exception {
        Path blueprints = HistoryFixture.create(work.resolve("repo"));
        HistoryFixture.write(blueprints.resolve("RELEASES"), HistoryFixture.RELEASES + "tiny 1.5.0\n");
        assertThatThrownBy(() -> ReleasePacker.pack(blueprints, work.resolve("out/.archive"), false))
                .hasMessage("RELEASES lists tiny 1.5.0, but no commit declares that version in tiny/blueprint.yaml");
    }

    @Test
    void aSymbolicLinkInATemplateStaysALink() throws Exception {
        Path repo = work.resolve("repo");
        Path blueprints = HistoryFixture.create(repo);
        Files.createSymbolicLink(blueprints.resolve("tiny/template/GUIDE.md"), Path.of("README.md"));
        HistoryFixture.write(blueprints.resolve("tiny/blueprint.yaml"), HistoryFixture.manifest("4.0.0"));
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("tiny 4.0.0").setAuthor("Dev", "d@x").setCommitter("Dev", "d@x").setSign(false).call();
        }
        HistoryFixture.write(blueprints.resolve("tiny/blueprint.yaml"), HistoryFixture.manifest("5.0.0"));
        HistoryFixture.write(blueprints.resolve("RELEASES"), HistoryFixture.RELEASES + "tiny 4.0.0\n");
        Path archive = work.resolve("out/.archive");

        ReleasePacker.pack(blueprints, archive, true);

        Path link = archive.resolve("tiny/4.0.0/template/GUIDE.md");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("README.md"));
        assertThat(link).content().isEqualTo("# {{name}}\n\nThree.\n");
    }

    @Test
    void theFlattenedManifestLosesOnlyItsInclude() {
        assertThat(FlatBlueprint.withoutInclude("id: a\ninclude: [x, y]\nversion: 1.0.0\n")).isEqualTo("id: a\nversion: 1.0.0\n");
        assertThat(FlatBlueprint.withoutInclude("id: a\ninclude:\n  - x\n  - y\nversion: 1.0.0\n")).isEqualTo("id: a\nversion: 1.0.0\n");
        assertThat(FlatBlueprint.withoutInclude("id: a\ninclude: [x]")).isEqualTo("id: a\n");
    }
}

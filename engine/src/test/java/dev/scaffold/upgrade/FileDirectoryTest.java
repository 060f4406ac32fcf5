package dev.scaffold.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.Fixtures;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.render.NewProjectRequest;
import dev.scaffold.render.ProjectGenerator;
import dev.scaffold.render.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrades across a path that changes kind (fixtures/reshape: 1.0.0 has the file {@code docs} and the
 * directory {@code guide/}, 2.0.0 the directory {@code docs/} and the file {@code guide}).
 */
class FileDirectoryTest {

    private static final Path FIXTURE = Fixtures.directory().resolve("reshape");

    @TempDir
    Path work;

    private Path project;

    @BeforeEach
    void generateFromVersion1() throws GitAPIException {
        project = work.resolve("project");
        new ProjectGenerator(Catalog.fromDirectory(FIXTURE.resolve("v1"))).generate(new NewProjectRequest("shape", List.of(),
                project, Map.of(), Optional.empty(), false), Optional.empty());
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            Scenario.commitAll(git, "generated");
        }
    }

    private UpgradePlan upgrade(FileOps ops) {
        UpgradeRequest request = new UpgradeRequest(project, Optional.empty(), Map.of(), UpgradeRequest.Mode.APPLY,
                ConflictStyle.INLINE, false, Optional.of(FIXTURE.resolve("catalog").toString()));
        return new Upgrader(() -> Catalog.fromDirectory(FIXTURE.resolve("catalog")), ops).run(request, Optional.empty());
    }

    private void edit(String path, String content) throws IOException, GitAPIException {
        Files.createDirectories(project.resolve(path).getParent());
        Files.writeString(project.resolve(path), content);
        try (Git git = Git.open(project.toFile())) {
            Scenario.commitAll(git, "user edits");
        }
    }

    private String read(String path) throws IOException {
        return Files.readString(project.resolve(path));
    }

    @Test
    void unchangedPathsChangeKindBothWays() throws IOException, GitAPIException {
        UpgradePlan plan = upgrade(FileOps.DISK);

        assertThat(plan.applied()).isTrue();
        assertThat(UpgraderTest.outcomes(plan)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "README.md", Outcome.UP_TO_DATE,
                "docs", Outcome.REMOVED, "docs/index.md", Outcome.ADDED, "docs/setup.md", Outcome.ADDED,
                "guide/index.md", Outcome.REMOVED, "guide/setup.md", Outcome.REMOVED, "guide", Outcome.ADDED));
        assertThat(read("docs/index.md")).isEqualTo("Docs index.\n");
        assertThat(read("docs/setup.md")).isEqualTo("Docs setup.\n");
        assertThat(read("guide")).isEqualTo("The guide, one file now.\n");
        assertThat(Scenario.snapshot(project).keySet()).containsExactly("", ".scaffold", ".scaffold/provenance.json", "README.md",
                "docs", "docs/index.md", "docs/setup.md", "guide");
        try (Git git = Git.open(project.toFile())) {
            Scenario.commitAll(git, "upgraded");
        }
        assertThat(upgrade(FileOps.DISK).upToDate()).isTrue();
    }

    @Test
    void editedPathsStayAndTheBlueprintsGoBesideAsConflicts() throws IOException, GitAPIException {
        edit("docs", "Docs, one file, mine.\n");
        edit("guide/index.md", "Guide index, mine.\n");

        UpgradePlan plan = upgrade(FileOps.DISK);

        assertThat(UpgraderTest.outcomes(plan)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "README.md", Outcome.UP_TO_DATE,
                "docs", Outcome.REMOVED_UPSTREAM_MODIFIED, "docs/index.md", Outcome.FILE_DIRECTORY_CONFLICT,
                "docs/setup.md", Outcome.FILE_DIRECTORY_CONFLICT,
                "guide/index.md", Outcome.REMOVED_UPSTREAM_MODIFIED, "guide/setup.md", Outcome.REMOVED,
                "guide", Outcome.FILE_DIRECTORY_CONFLICT));
        assertThat(plan.conflicts()).extracting(FileOutcome::path).containsExactlyInAnyOrder("docs/index.md", "docs/setup.md", "guide");
        assertThat(plan.files()).filteredOn(file -> file.path().equals("guide")).extracting(FileOutcome::note)
                .containsExactly("guide/ is a directory of yours, kept; the blueprint's file is guide.theirs");
        assertThat(read("docs")).isEqualTo("Docs, one file, mine.\n");
        assertThat(read("docs.theirs/index.md")).isEqualTo("Docs index.\n");
        assertThat(read("guide/index.md")).isEqualTo("Guide index, mine.\n");
        assertThat(project.resolve("guide/setup.md")).doesNotExist();
        assertThat(read("guide.theirs")).isEqualTo("The guide, one file now.\n");
        assertThat(Provenance.read(project).blueprints().get(0).version()).isEqualTo("2.0.0");
    }

    @Test
    void yourOwnFileInADirectoryThatBecomesAFileIsKept() throws IOException, GitAPIException {
        edit("guide/mine.md", "Mine.\n");

        UpgradePlan plan = upgrade(FileOps.DISK);

        assertThat(UpgraderTest.outcomes(plan)).containsEntry("guide", Outcome.FILE_DIRECTORY_CONFLICT)
                .containsEntry("guide/index.md", Outcome.REMOVED).containsEntry("docs/index.md", Outcome.ADDED);
        assertThat(read("guide/mine.md")).isEqualTo("Mine.\n");
        assertThat(read("guide.theirs")).isEqualTo("The guide, one file now.\n");
        assertThat(read("docs/index.md")).isEqualTo("Docs index.\n");
    }

    @Test
    void aFailureHalfWayRestoresBothKindsOfPath() throws IOException {
        Map<String, String> before = Scenario.snapshot(project);
        AtomicInteger replaced = new AtomicInteger();
        FileOps failing = new FileOps() {
            @Override
            public void replace(Path source, Path target) throws IOException {
                if (replaced.incrementAndGet() == 3) {
                    throw new IOException("disk full");
                }
                FileOps.super.replace(source, target);
            }
        };
        assertThatThrownBy(() -> upgrade(failing)).hasMessageContaining("disk full").hasMessageEndingWith("the project was left as it was");
        assertThat(Scenario.snapshot(project)).isEqualTo(before);
    }
}

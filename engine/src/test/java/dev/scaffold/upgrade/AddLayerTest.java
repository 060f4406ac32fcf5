package dev.scaffold.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.Fixtures;
import dev.scaffold.render.NewProjectRequest;
import dev.scaffold.render.ProjectGenerator;
import dev.scaffold.render.Provenance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scaffold add}: a layer merged into an edited project through the upgrade's 3-way merge. */
class AddLayerTest {

    @TempDir
    Path work;

    private Path project;

    @BeforeEach
    void generateAndEdit() throws Exception {
        project = work.resolve("app");
        new ProjectGenerator(Fixtures.catalog()).generate(new NewProjectRequest("demo", List.of(), project, Map.of(),
                Optional.empty(), false), Optional.empty());
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            Path readme = project.resolve("README.md");
            Files.writeString(readme, Files.readString(readme).replace("# my-demo", "# my-demo, edited by its owner"));
            Files.writeString(project.resolve("NOTES.md"), "mine\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("generated and edited").setAuthor("U", "u@example.com")
                    .setCommitter("U", "u@example.com").setSign(false).call();
        }
    }

    private UpgradePlan add(UpgradeRequest.Mode mode, String... layers) {
        return new Upgrader(Fixtures::catalog).run(new UpgradeRequest(project, Optional.empty(), Map.of(), mode,
                ConflictStyle.INLINE, false, Optional.empty(), List.of(layers)), Optional.empty());
    }

    @Test
    void addsTheLayerKeepingEveryEdit() throws Exception {
        UpgradePlan plan = add(UpgradeRequest.Mode.APPLY, "extra");

        assertThat(plan.conflicts()).isEmpty();
        String readme = Files.readString(project.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("# my-demo, edited by its owner").contains("Extra layer on.");
        assertThat(project.resolve("EXTRA.md")).content().isEqualTo("Layer extra over my-demo.\n");
        assertThat(project.resolve("NOTES.md")).content().isEqualTo("mine\n");
        assertThat(Provenance.read(project).blueprints()).extracting(Provenance.BlueprintRef::id).containsExactly("demo", "extra");
        assertThat(Provenance.read(project).answers()).containsEntry("extraName", "extra");
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        String before = Files.readString(project.resolve("README.md"));
        UpgradePlan plan = add(UpgradeRequest.Mode.DRY_RUN, "extra");

        assertThat(plan.files()).extracting(FileOutcome::path).contains("EXTRA.md", "README.md");
        assertThat(project.resolve("EXTRA.md")).doesNotExist();
        assertThat(project.resolve("README.md")).content().isEqualTo(before);
    }

    @Test
    void refusesALayerAlreadyThereOrNotALayerOfTheBase() {
        add(UpgradeRequest.Mode.APPLY, "extra");
        commit();
        assertThatThrownBy(() -> add(UpgradeRequest.Mode.APPLY, "extra"))
                .hasMessage("the project already has layer 'extra'; 'scaffold upgrade' brings it up to date");
        assertThatThrownBy(() -> add(UpgradeRequest.Mode.APPLY, "demo"))
                .hasMessageStartingWith("'demo' is not a layer of blueprint 'demo'");
        assertThatThrownBy(() -> add(UpgradeRequest.Mode.APPLY, "nope"))
                .hasMessageStartingWith("unknown blueprint 'nope'");
    }

    private void commit() {
        try (Git git = Git.open(project.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("added").setAuthor("U", "u@example.com").setCommitter("U", "u@example.com")
                    .setSign(false).call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

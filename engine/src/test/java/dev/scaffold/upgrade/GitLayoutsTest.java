package dev.scaffold.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.catalog.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Projects whose git directory is not the ".git" directory inside them. */
class GitLayoutsTest {

    private static final String STACK = "src/main/java/com/example/shop/Stack.java";

    @TempDir
    Path work;

    /** What {@code git init --separate-git-dir} leaves: a ".git" file naming the git directory, and no core.worktree. */
    private static Path separateGitDir(Scenario scenario) throws IOException {
        Path store = scenario.root.resolve("store.git");
        Files.move(scenario.project.resolve(".git"), store);
        Files.writeString(scenario.project.resolve(".git"), "gitdir: " + store + "\n");
        return store;
    }

    private static UpgradePlan upgrade(Scenario scenario) {
        UpgradeRequest request = new UpgradeRequest(scenario.project, Optional.empty(), Map.of(), UpgradeRequest.Mode.APPLY,
                ConflictStyle.INLINE, false, Optional.of(scenario.catalog.toString()));
        return new Upgrader(() -> Catalog.fromDirectory(scenario.catalog)).run(request, Optional.empty());
    }

    @Test
    void aCleanProjectWithASeparateGitDirUpgradesAndGetsItsConflictStages() throws IOException, GitAPIException {
        Scenario scenario = new Scenario(work).generate().userEdits();
        Path store = separateGitDir(scenario);

        UpgradePlan plan = upgrade(scenario);

        assertThat(plan.applied()).isTrue();
        try (Repository repository = new FileRepositoryBuilder().setGitDir(store.toFile()).setWorkTree(scenario.project.toFile()).build();
             Git git = Git.wrap(repository)) {
            assertThat(git.status().call().getConflicting()).contains(STACK);
        }
    }

    @Test
    void aDirtyProjectWithASeparateGitDirIsStillRefused() throws IOException {
        Scenario scenario = new Scenario(work).generate().userEdits();
        separateGitDir(scenario);
        scenario.write("README.md", "uncommitted\n");

        assertThatThrownBy(() -> upgrade(scenario)).hasMessageContaining("is dirty (1 uncommitted or untracked path)");
    }
}

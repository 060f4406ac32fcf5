package dev.scaffold.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.catalog.Catalog;
import dev.scaffold.render.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conflict markers and index stages, .rej files, the refusals, the dry run and the interrupted write. */
class ConflictsAndSafetyTest {

    private static final String STACK = "src/main/java/com/example/shop/Stack.java";

    @TempDir
    Path work;

    private static UpgradePlan run(Scenario scenario, UpgradeRequest.Mode mode, ConflictStyle style, boolean allowNonGit, FileOps ops) {
        UpgradeRequest request = new UpgradeRequest(scenario.project, Optional.empty(), Map.of(), mode, style, allowNonGit,
                Optional.of(scenario.catalog.toString()));
        return new Upgrader(() -> Catalog.fromDirectory(scenario.catalog), ops).run(request, Optional.empty());
    }

    @Test
    void conflictMarkersAreLabelledAndTheIndexHasStages123() throws IOException {
        Scenario scenario = new Scenario(work).generate().userEdits();
        run(scenario, UpgradeRequest.Mode.APPLY, ConflictStyle.INLINE, false, FileOps.DISK);

        assertThat(scenario.read(STACK)).contains("""
                <<<<<<< yours
                    static final String BUCKET = "user-data";
                ||||||| blueprint app 1.0.0
                    static final String BUCKET = "data";
                =======
                    static final String BUCKET = "lake";
                >>>>>>> blueprint app 2.0.0
                """);
        try (Repository repository = Git.open(scenario.project.toFile()).getRepository()) {
            DirCache index = repository.readDirCache();
            assertThat(stages(index, STACK)).containsExactly(1, 2, 3);
            assertThat(stages(index, "Makefile")).as("both added: no base stage").containsExactly(2, 3);
            assertThat(stages(index, "README.md")).as("everything else stays unstaged").containsExactly(0);
            assertThat(new String(repository.open(entry(index, STACK, 3).getObjectId()).getBytes())).contains("\"lake\"");
            assertThat(new String(repository.open(entry(index, STACK, 2).getObjectId()).getBytes())).contains("\"user-data\"");
            assertThat(Git.wrap(repository).status().call().getConflicting()).contains(STACK, "Makefile");
        } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
            throw new IllegalStateException(e);
        }
        assertThat(scenario.read("Makefile")).contains("<<<<<<< yours\n\tgradle build\n").contains(">>>>>>> blueprint app 2.0.0\n");
    }

    @Test
    void rejStyleKeepsYourSideAndWritesTheClashingHunksBeside() {
        Scenario scenario = new Scenario(work).generate().userEdits();
        UpgradePlan plan = run(scenario, UpgradeRequest.Mode.APPLY, ConflictStyle.REJ, false, FileOps.DISK);

        assertThat(scenario.read(STACK)).doesNotContain("<<<<<<<").contains("\"user-data\"");
        assertThat(scenario.read(STACK + ".rej")).contains("<<<<<<< yours").contains("\"lake\"").contains(">>>>>>> blueprint app 2.0.0");
        assertThat(plan.conflicts()).extracting(FileOutcome::path).contains(STACK);
    }

    @Test
    void refusesADirtyWorkingTreeAndTouchesNothing() {
        Scenario scenario = new Scenario(work).generate().userEdits();
        scenario.write("README.md", "uncommitted\n");
        Map<String, String> before = scenario.snapshot();
        assertThatThrownBy(() -> run(scenario, UpgradeRequest.Mode.APPLY, ConflictStyle.INLINE, false, FileOps.DISK))
                .hasMessageStartingWith("the git working tree of ").hasMessageContaining("is dirty (1 uncommitted or untracked path)");
        assertThat(scenario.snapshot()).isEqualTo(before);
    }

    @Test
    void refusesAProjectOutsideGitUnlessAllowed() throws IOException {
        Scenario scenario = new Scenario(work).generate().userEdits();
        FileUtils.delete(scenario.project.resolve(".git").toFile(), FileUtils.RECURSIVE);
        Map<String, String> before = scenario.snapshot();
        assertThatThrownBy(() -> run(scenario, UpgradeRequest.Mode.APPLY, ConflictStyle.INLINE, false, FileOps.DISK))
                .hasMessageContaining("is not in a git repository").hasMessageContaining("--no-git");
        assertThat(scenario.snapshot()).isEqualTo(before);

        UpgradePlan plan = run(scenario, UpgradeRequest.Mode.APPLY, ConflictStyle.INLINE, true, FileOps.DISK);
        assertThat(plan.applied()).isTrue();
        assertThat(Provenance.read(scenario.project).blueprints().get(0).version()).isEqualTo("2.0.0");
    }

    @Test
    void anInterruptedWriteLeavesTheProjectExactlyAsItWas() throws IOException {
        Scenario scenario = new Scenario(work).generate().userEdits();
        Map<String, String> before = scenario.snapshot();
        byte[] index = Files.readAllBytes(scenario.project.resolve(".git/index"));
        List<Path> replaced = new ArrayList<>();
        FileOps failing = new FileOps() {
            @Override
            public void replace(Path source, Path target) throws IOException {
                if (replaced.size() == 6) {
                    throw new IOException("disk full");
                }
                FileOps.super.replace(source, target);
                replaced.add(target);
            }
        };
        assertThatThrownBy(() -> run(scenario, UpgradeRequest.Mode.APPLY, ConflictStyle.INLINE, false, failing))
                .hasMessageContaining("upgrade failed while writing").hasMessageContaining("disk full")
                .hasMessageEndingWith("the project was left as it was");
        assertThat(replaced).as("the failure came midway").hasSize(6);
        assertThat(scenario.snapshot()).isEqualTo(before);
        assertThat(Files.readAllBytes(scenario.project.resolve(".git/index"))).isEqualTo(index);
    }

    @Test
    void dryRunClassifiesEveryFileAndWritesNothing() {
        Scenario scenario = new Scenario(work).generate().userEdits();
        Map<String, String> before = scenario.snapshot();
        UpgradePlan plan = run(scenario, UpgradeRequest.Mode.DRY_RUN, ConflictStyle.INLINE, false, FileOps.DISK);
        assertThat(plan.applied()).isFalse();
        assertThat(plan.files()).hasSizeGreaterThan(15);
        assertThat(scenario.snapshot()).isEqualTo(before);
    }

    private static List<Integer> stages(DirCache index, String path) {
        List<Integer> stages = new ArrayList<>();
        for (int i = 0; i < index.getEntryCount(); i++) {
            if (index.getEntry(i).getPathString().equals(path)) {
                stages.add(index.getEntry(i).getStage());
            }
        }
        return stages;
    }

    private static DirCacheEntry entry(DirCache index, String path, int stage) {
        for (int i = 0; i < index.getEntryCount(); i++) {
            DirCacheEntry entry = index.getEntry(i);
            if (entry.getPathString().equals(path) && entry.getStage() == stage) {
                return entry;
            }
        }
        throw new AssertionError("no stage " + stage + " for " + path + ObjectId.zeroId());
    }
}

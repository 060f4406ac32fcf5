package dev.scaffold.blueprints;

import static dev.scaffold.blueprints.BlueprintUpgradeTest.commit;
import static dev.scaffold.blueprints.BlueprintUpgradeTest.edit;
import static dev.scaffold.blueprints.BlueprintUpgradeTest.run;
import static dev.scaffold.blueprints.BlueprintUpgradeTest.synthesizes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.render.Provenance;
import dev.scaffold.upgrade.UpgradePlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Projects rendered by the releases before the deploy-readiness fixes (hobbyist 1.2.0, enterprise
 * 1.0.0 + step-functions 1.1.0) and edited by their users upgrade to the current versions without
 * a conflict, keep every edit, and still compile and synthesize; recorded answers that no longer
 * apply ({@code when:}) are dropped, and the plan says so.
 */
class PreviousReleaseUpgradeTest {

    private static final String APP = "src/main/java/com/example/metaflow/MetaflowApp.java";
    private static final String STACK = "src/main/java/com/example/metaflow/MetaflowStack.java";
    private static final String OWN_DOC = "/** The S3 datastore: our flows' artifacts, kept for audits. */";
    private static final String RUNBOOK = "\n## Our runbook\n\nPage the ML platform team.\n";

    @TempDir
    Path work;

    @Test
    void upgradesAnEditedHobbyist120Project() throws Exception {
        Path project = work.resolve("hobbyist");
        Render.projectAt(project, "hobbyist", "1.2.0");
        upgradeWithEdits(project, ".maxVcpus(64)", ".maxVcpus(128)", List.of("com.example.metaflow.MetaflowAppTest"));
        assertThat(Provenance.read(project).blueprints()).extracting(ref -> ref.id() + " " + ref.version())
                .containsExactly("hobbyist " + Render.BUNDLED.get("hobbyist").version());
    }

    @Test
    void upgradesAnEditedEnterprise100WithStepFunctions110Project() throws Exception {
        Path project = work.resolve("enterprise");
        Render.projectAt(project, "enterprise", "1.0.0", "step-functions", "1.1.0");
        UpgradePlan upgrade = upgradeWithEdits(project, ".maxVcpus(256)", ".maxVcpus(512)", List.of(
                "com.example.metaflow.MetaflowAppTest", "com.example.metaflow.stepfunctions.StepFunctionsSchedulingTest"));
        assertThat(upgrade.dropped()).containsExactly("privateSubnetIds applies only when existingVpcId is set",
                "databaseSubnetIds applies only when existingVpcId is set");
        assertThat(Provenance.read(project).answers()).doesNotContainKeys("privateSubnetIds", "databaseSubnetIds");
        assertThat(Provenance.read(project).blueprints()).extracting(ref -> ref.id() + " " + ref.version())
                .containsExactly("enterprise " + Render.BUNDLED.get("enterprise").version(),
                        "step-functions " + Render.BUNDLED.get("step-functions").version());
        assertThat(project.resolve("src/main/java/com/example/metaflow/network/VpcLinkZones.java")).isRegularFile();
    }

    private static UpgradePlan upgradeWithEdits(Path project, String maxVcpus, String ourMaxVcpus, List<String> tests)
            throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            commit(git, "generated");
            edit(project, APP, maxVcpus, ourMaxVcpus);
            edit(project, STACK, "/** The S3 datastore. */", OWN_DOC);
            Files.writeString(project.resolve("README.md"), Files.readString(project.resolve("README.md")) + RUNBOOK);
            commit(git, "our edits");

            UpgradePlan upgrade = run(project, List.of());

            assertThat(upgrade.conflicts()).isEmpty();
            assertThat(project.resolve(APP)).content().contains(ourMaxVcpus);
            assertThat(project.resolve(STACK)).content().contains(OWN_DOC).contains("StackNames.check(getStackName())");
            assertThat(project.resolve("README.md")).content().endsWith(RUNBOOK);
            synthesizes(project, tests);
            return upgrade;
        }
    }
}

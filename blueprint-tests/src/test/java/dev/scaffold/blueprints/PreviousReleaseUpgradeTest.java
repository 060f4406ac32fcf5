package dev.scaffold.blueprints;

import static dev.scaffold.blueprints.BlueprintUpgradeTest.APP;
import static dev.scaffold.blueprints.BlueprintUpgradeTest.assertOnlyTheAppConflicts;
import static dev.scaffold.blueprints.BlueprintUpgradeTest.commit;
import static dev.scaffold.blueprints.BlueprintUpgradeTest.edit;
import static dev.scaffold.blueprints.BlueprintUpgradeTest.run;
import static dev.scaffold.blueprints.BlueprintUpgradeTest.synthesizes;
import static dev.scaffold.blueprints.BlueprintUpgradeTest.takeTheirsAndReapply;
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
 * Projects rendered by earlier releases and edited by their users upgrade to the current versions,
 * keep every edit, and still compile and synthesize: the releases before the deploy-readiness fixes
 * (hobbyist 1.2.0, enterprise 1.0.0 + step-functions 1.1.0) and those just before the props were
 * grouped by concern (hobbyist 1.3.0, enterprise 1.1.0 + step-functions 1.2.0). Recorded answers
 * that no longer apply ({@code when:}) are dropped, and the plan says so. Since hobbyist 1.4.0 and
 * enterprise 1.2.0 the lines of {@code MetaflowApp.configure()} sit in ComputeOptions and
 * MetadataOptions, so a user's edit of one conflicts in MetaflowApp.java, and in no other file; the
 * tests resolve it as the README tells users to (take the blueprint's file, write the value again).
 */
class PreviousReleaseUpgradeTest {

    private static final String STACK = "src/main/java/com/example/metaflow/MetaflowStack.java";
    private static final String OWN_DOC = "/** The S3 datastore: our flows' artifacts, kept for audits. */";
    private static final String RUNBOOK = "\n## Our runbook\n\nPage the ML platform team.\n";

    @TempDir
    Path work;

    @Test
    void upgradesAnEditedHobbyist130Project() throws Exception {
        Path project = work.resolve("hobbyist-1.3.0");
        Render.projectAt(project, "hobbyist", "1.3.0");
        UpgradePlan upgrade = upgradeWithEdits(project, ".maxVcpus(64)", ".maxVcpus(128)",
                List.of("com.example.metaflow.MetaflowAppTest"));
        assertThat(upgrade.dropped()).isEmpty();
        assertThat(Provenance.read(project).blueprints()).extracting(ref -> ref.id() + " " + ref.version())
                .containsExactly("hobbyist " + Render.BUNDLED.get("hobbyist").version());
    }

    @Test
    void upgradesAnEditedEnterprise110WithStepFunctions120Project() throws Exception {
        Path project = work.resolve("enterprise-1.1.0");
        Render.projectAt(project, "enterprise", "1.1.0", "step-functions", "1.2.0");
        UpgradePlan upgrade = upgradeWithEdits(project, ".maxVcpus(256)", ".maxVcpus(512)", List.of(
                "com.example.metaflow.MetaflowAppTest", "com.example.metaflow.stepfunctions.StepFunctionsSchedulingTest"));
        assertThat(upgrade.dropped()).isEmpty();
        assertThat(Provenance.read(project).blueprints()).extracting(ref -> ref.id() + " " + ref.version())
                .containsExactly("enterprise " + Render.BUNDLED.get("enterprise").version(),
                        "step-functions " + Render.BUNDLED.get("step-functions").version());
    }

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

            assertOnlyTheAppConflicts(upgrade, project, ourMaxVcpus);
            assertThat(project.resolve(STACK)).content().contains(OWN_DOC).contains("StackNames.check(getStackName())");
            assertThat(project.resolve("README.md")).content().endsWith(RUNBOOK);
            takeTheirsAndReapply(git, project, APP, maxVcpus, ourMaxVcpus);
            assertThat(project.resolve(APP)).content().contains("                        " + ourMaxVcpus + "\n");
            synthesizes(project, tests);
            return upgrade;
        }
    }
}

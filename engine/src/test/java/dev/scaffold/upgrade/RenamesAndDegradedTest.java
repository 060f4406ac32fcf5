package dev.scaffold.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.catalog.Catalog;
import dev.scaffold.render.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.util.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A changed answer that drives paths, an old version that cannot be rendered, secrets. */
class RenamesAndDegradedTest {

    @TempDir
    Path work;

    private static UpgradePlan upgrade(Scenario scenario, Map<String, String> parameters) {
        UpgradeRequest request = new UpgradeRequest(scenario.project, Optional.empty(), parameters, UpgradeRequest.Mode.APPLY,
                ConflictStyle.INLINE, false, Optional.of(scenario.catalog.toString()));
        return new Upgrader(() -> Catalog.fromDirectory(scenario.catalog)).run(request, Optional.empty());
    }

    @Test
    void aPackageRenameMovesAndMergesTheEditedFileWithoutLeavingTheOldTree() {
        Scenario scenario = new Scenario(work).generate()
                .replace("src/main/java/com/example/shop/App.java", "\"hello\"", "\"hello, user\"").commit();
        UpgradePlan plan = upgrade(scenario, Map.of("package", "org.acme.shop"));

        FileOutcome app = plan.files().stream().filter(f -> f.path().endsWith("App.java")).findFirst().orElseThrow();
        assertThat(app.path()).isEqualTo("src/main/java/org/acme/shop/App.java");
        assertThat(app.previousPath()).isEqualTo("src/main/java/com/example/shop/App.java");
        assertThat(app.outcome()).isEqualTo(Outcome.MERGED);
        assertThat(scenario.read("src/main/java/org/acme/shop/App.java"))
                .startsWith("package org.acme.shop;").contains("\"hello, user\"").contains("return 2;");
        assertThat(scenario.read("src/main/java/org/acme/shop/Stack.java")).contains("package org.acme.shop;").contains("\"lake\"");
        assertThat(scenario.project.resolve("src/main/java/com")).as("no old tree left behind").doesNotExist();
        assertThat(Provenance.read(scenario.project).answers()).containsEntry("package", "org.acme.shop");
    }

    @Test
    void changingAnAnswerWithoutANewVersionIsSupported() {
        Scenario scenario = new Scenario(work);
        Scenario.writeBlueprint(scenario.catalog.resolve("app"), Scenario.MANIFEST_V1, Scenario.v1Files());
        scenario.generate();
        UpgradePlan plan = upgrade(scenario, Map.of("name", "store"));
        assertThat(plan.files()).filteredOn(f -> f.path().equals("README.md")).extracting(FileOutcome::outcome)
                .containsExactly(Outcome.UPDATED);
        assertThat(scenario.read("README.md")).startsWith("# store");
    }

    @Test
    void degradesHonestlyWhenTheOldVersionCannotBeRendered() throws IOException {
        Scenario scenario = new Scenario(work).generate().userEdits();
        FileUtils.delete(scenario.catalog.resolve(".archive").toFile(), FileUtils.RECURSIVE);
        UpgradePlan plan = upgrade(scenario, Map.of());

        assertThat(plan.degraded()).hasValueSatisfying(reason -> assertThat(reason).contains("unknown version 1.0.0"));
        Map<String, Outcome> outcomes = UpgraderTest.outcomes(plan);
        assertThat(outcomes).containsEntry("README.md", Outcome.UPDATED)
                .containsEntry("docs/kept.md", Outcome.CONFLICT)
                .containsEntry("src/main/java/com/example/shop/App.java", Outcome.CONFLICT)
                .containsEntry("old/legacy.txt", Outcome.REMOVED)
                .containsEntry("old/custom.txt", Outcome.REMOVED_UPSTREAM_MODIFIED)
                .containsEntry("converge.txt", Outcome.UP_TO_DATE)
                .containsEntry("CHANGELOG.md", Outcome.ADDED);
        assertThat(scenario.read("README.md")).contains("version 2");
        assertThat(scenario.read("docs/kept.md")).contains("<<<<<<< yours\nKept, and edited by me.\n")
                .contains("||||||| blueprint app 1.0.0 (not renderable: empty base)\n");
        assertThat(Files.exists(scenario.project.resolve("old/legacy.txt"))).isFalse();
    }

    @Test
    void aRequiredSecretMustBeGivenAgainBeforeAnythingIsTouched() {
        Scenario scenario = new Scenario(work);
        String required = Scenario.MANIFEST_V2.replace("    required: false\n    secret: true", "    secret: true");
        Scenario.writeBlueprint(scenario.catalog.resolve("app"), required, Scenario.v2Files());
        scenario.generate(Map.of("token", "abc")).userEdits();
        assertThat(scenario.read(Provenance.FILE)).doesNotContain("abc");
        Map<String, String> before = scenario.snapshot();
        assertThatThrownBy(() -> upgrade(scenario, Map.of())).hasMessageStartingWith("missing required parameter token");
        assertThat(scenario.snapshot()).isEqualTo(before);
        assertThat(upgrade(scenario, Map.of("token", "abc")).applied()).isTrue();
    }
}

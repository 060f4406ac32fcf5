package dev.scaffold.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.ExitCodes;
import dev.scaffold.ScaffoldException;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.render.Provenance;
import dev.scaffold.render.RenderedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real v1 -> v2 upgrades of a project a user has edited: every row of the decision table. */
class UpgraderTest {

    private static final String APP = "src/main/java/com/example/shop/App.java";
    private static final String STACK = "src/main/java/com/example/shop/Stack.java";

    @TempDir
    Path work;

    static UpgradeRequest request(Scenario scenario, UpgradeRequest.Mode mode, Map<String, String> parameters) {
        return new UpgradeRequest(scenario.project, Optional.empty(), parameters, mode, ConflictStyle.INLINE, false,
                Optional.of(scenario.catalog.toString()));
    }

    static UpgradePlan upgrade(Scenario scenario) {
        return new Upgrader(() -> Catalog.fromDirectory(scenario.catalog)).run(request(scenario, UpgradeRequest.Mode.APPLY, Map.of()), Optional.empty());
    }

    static Map<String, Outcome> outcomes(UpgradePlan plan) {
        return plan.files().stream().collect(Collectors.toMap(FileOutcome::path, FileOutcome::outcome, (a, b) -> a, TreeMap::new));
    }

    @Test
    void appliesEveryRowOfTheDecisionTable() throws IOException {
        Scenario scenario = new Scenario(work).generate().userEdits();
        UpgradePlan plan = upgrade(scenario);

        assertThat(plan.applied()).isTrue();
        assertThat(outcomes(plan)).containsAllEntriesOf(Map.ofEntries(
                Map.entry("README.md", Outcome.UPDATED),
                Map.entry("docs/kept.md", Outcome.KEPT),
                Map.entry("same.txt", Outcome.UP_TO_DATE),
                Map.entry("converge.txt", Outcome.UP_TO_DATE),
                Map.entry(APP, Outcome.MERGED),
                Map.entry("pom.xml", Outcome.MERGED),
                Map.entry(STACK, Outcome.CONFLICT),
                Map.entry("docs/guide.md", Outcome.DELETED_BY_YOU),
                Map.entry("docs/notes.md", Outcome.DELETED_BY_YOU_CHANGED_UPSTREAM),
                Map.entry("old/legacy.txt", Outcome.REMOVED),
                Map.entry("old/custom.txt", Outcome.REMOVED_UPSTREAM_MODIFIED),
                Map.entry("Makefile", Outcome.BOTH_ADDED),
                Map.entry("assets/logo.png", Outcome.BINARY_CONFLICT),
                Map.entry("CHANGELOG.md", Outcome.ADDED),
                Map.entry("docs/intro.md", Outcome.REMOVED),
                Map.entry("docs/introduction.md", Outcome.ADDED)));

        assertThat(scenario.read("README.md")).isEqualTo("# shop\n\nIntro, version 2.\n");
        assertThat(scenario.read("docs/kept.md")).isEqualTo("Kept, and edited by me.\n");
        assertThat(scenario.read(APP)).contains("\"hello, user\"").contains("return 2;").doesNotContain("<<<<<<<");
        assertThat(scenario.read("pom.xml")).contains("<version>2.1.0</version>").contains("<plugins/>");
        assertThat(scenario.project.resolve("docs/guide.md")).doesNotExist();
        assertThat(scenario.project.resolve("docs/notes.md")).as("deleted files stay deleted").doesNotExist();
        assertThat(scenario.project.resolve("old/legacy.txt")).doesNotExist();
        assertThat(scenario.read("old/custom.txt")).isEqualTo("Custom, mine now.\n");
        assertThat(scenario.read("CHANGELOG.md")).isEqualTo("# Changes\n");
        assertThat(scenario.read("src/main/java/com/example/shop/Mine.java")).as("files the user added are left alone").contains("Mine");
        assertThat(Files.readAllBytes(scenario.project.resolve("assets/logo.png"))).as("binary: yours kept")
                .containsExactly(0x89, 'P', 'N', 'G', 0, 9, 9);
        assertThat(Files.readAllBytes(scenario.project.resolve("assets/logo.png.theirs"))).as("binary: theirs beside it")
                .containsExactly(0x89, 'P', 'N', 'G', 0, 2, 2);
    }

    @Test
    void preservesExecutableBitsLineEndingsAndUpdatesIgnoredFiles() throws IOException {
        Scenario scenario = new Scenario(work).generate().userEdits();
        UpgradePlan plan = upgrade(scenario);

        assertThat(outcomes(plan)).containsEntry("tools/lint.sh", Outcome.UPDATED).containsEntry("bin/tool", Outcome.UPDATED)
                .containsEntry("crlf.txt", Outcome.UPDATED).containsEntry("local.properties", Outcome.UPDATED);
        assertThat(scenario.read("tools/lint.sh")).contains("--strict");
        assertThat(Drift.executable(scenario.project.resolve("tools/lint.sh"))).as("the user's chmod +x survives").isTrue();
        assertThat(Drift.executable(scenario.project.resolve("bin/tool"))).as("the blueprint's new bit applies").isTrue();
        assertThat(plan.files()).filteredOn(file -> file.path().equals("bin/tool")).extracting(FileOutcome::note)
                .containsExactly("now executable");
        assertThat(scenario.read("crlf.txt")).as("written back in the file's own line ends").isEqualTo("one\r\ntwo\r\nthree\r\n");
        assertThat(scenario.read("local.properties")).as("git-ignored managed files are upgraded too").isEqualTo("a=2\n");
    }

    @Test
    void recordsTheNewVersionAndTheBlueprintsRenderInTheProvenance() {
        Scenario scenario = new Scenario(work).generate(Map.of("token", "s3cret")).userEdits();
        UpgradePlan plan = new Upgrader(() -> Catalog.fromDirectory(scenario.catalog))
                .run(request(scenario, UpgradeRequest.Mode.APPLY, Map.of("token", "s3cret")), Optional.empty());

        Provenance after = Provenance.read(scenario.project);
        assertThat(after.blueprints()).extracting(Provenance.BlueprintRef::version).containsExactly("2.0.0");
        assertThat(after.answers()).containsEntry("name", "shop").doesNotContainKey("token");
        assertThat(scenario.read(Provenance.FILE)).doesNotContain("s3cret");
        assertThat(after.source()).isEqualTo(scenario.catalog.toString());
        Provenance.FileRecord kept = after.files().stream().filter(f -> f.path().equals("docs/kept.md")).findFirst().orElseThrow();
        assertThat(kept.sha256()).as("the blueprint's render, not the user's file")
                .isEqualTo(RenderedFile.sha256("Kept.\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(after.files()).extracting(Provenance.FileRecord::path).doesNotContain("old/custom.txt", "docs/intro.md")
                .contains("docs/introduction.md", "CHANGELOG.md");
        assertThat(plan.conflicts()).extracting(FileOutcome::path).containsExactlyInAnyOrder(STACK, "Makefile", "assets/logo.png");
        assertThat(Drift.of(scenario.project)).extracting(Drift::path).contains("docs/kept.md", STACK).doesNotContain("README.md");
    }

    @Test
    void aSecondUpgradeAfterResolvingIsUpToDate() {
        Scenario scenario = new Scenario(work).generate().userEdits();
        upgrade(scenario);
        scenario.write(STACK, scenario.read(STACK).replaceAll("(?s)<<<<<<< yours.*>>>>>>> [^\n]*\n", "    static final String BUCKET = \"lake\";\n"))
                .write("Makefile", "all:\n\tmvn package\n").delete("assets/logo.png.theirs").commit();
        UpgradePlan again = upgrade(scenario);
        assertThat(again.upToDate()).isTrue();
        assertThat(again.applied()).isFalse();
    }

    @Test
    void refusesADowngradeAnUnknownVersionAndAnUnknownBlueprint() throws IOException {
        Scenario scenario = new Scenario(work).generate().userEdits();
        upgrade(scenario);
        scenario.commit();
        Map<String, String> before = scenario.snapshot();
        Upgrader upgrader = new Upgrader(() -> Catalog.fromDirectory(scenario.catalog));
        UpgradeRequest down = new UpgradeRequest(scenario.project, Optional.of("1.0.0"), Map.of(), UpgradeRequest.Mode.APPLY,
                ConflictStyle.INLINE, true, Optional.of(scenario.catalog.toString()));
        assertThatThrownBy(() -> upgrader.run(down, Optional.empty())).isInstanceOf(ScaffoldException.class)
                .hasMessage("refusing to downgrade blueprint 'app' from 2.0.0 to 1.0.0");
        UpgradeRequest unknown = new UpgradeRequest(scenario.project, Optional.of("9.9.9"), Map.of(), UpgradeRequest.Mode.APPLY,
                ConflictStyle.INLINE, true, Optional.of(scenario.catalog.toString()));
        assertThatThrownBy(() -> upgrader.run(unknown, Optional.empty()))
                .hasMessage("unknown version 9.9.9 of blueprint 'app' (available: 1.0.0, 2.0.0)")
                .extracting(e -> ((ScaffoldException) e).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        UpgradeRequest noBlueprint = new UpgradeRequest(scenario.project, Optional.empty(), Map.of(), UpgradeRequest.Mode.APPLY,
                ConflictStyle.INLINE, true, Optional.of(elsewhere.toString()));
        assertThatThrownBy(() -> upgrader.run(noBlueprint, Optional.empty())).hasMessageStartingWith("unknown blueprint 'app'");
        assertThat(scenario.snapshot()).isEqualTo(before);
    }
}

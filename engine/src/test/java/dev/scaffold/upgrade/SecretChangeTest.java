package dev.scaffold.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.catalog.Catalog;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secret changed with {@code -P} must reach a file the user edited: the provenance does not record
 * secrets, so the old render made with the new secret is not the base, and must not make the change
 * look like none.
 */
class SecretChangeTest {

    private static final String CONFIG_V1 = "name={{name}}\ntoken={{token}}\n\nretries=3\n";
    private static final String CONFIG_V2 = "name={{name}}\ntoken={{token}}\n\nretries=5\n";

    @TempDir
    Path work;

    private Scenario scenario(String configV2) {
        Scenario scenario = new Scenario(work);
        Scenario.writeBlueprint(scenario.v1Catalog.resolve("app"), Scenario.MANIFEST_V1, Map.of("app.properties", CONFIG_V1));
        Scenario.writeBlueprint(scenario.catalog.resolve(".archive/app/1.0.0"), Scenario.MANIFEST_V1, Map.of("app.properties", CONFIG_V1));
        Scenario.writeBlueprint(scenario.catalog.resolve("app"), Scenario.MANIFEST_V2, Map.of("app.properties", configV2));
        return scenario.generate(Map.of("token", "old1")).write("app.properties", "# mine\n" + "name=shop\ntoken=old1\n\nretries=3\n")
                .commit();
    }

    private static UpgradePlan upgrade(Scenario scenario, Map<String, String> parameters) {
        UpgradeRequest request = new UpgradeRequest(scenario.project, Optional.empty(), parameters, UpgradeRequest.Mode.APPLY,
                ConflictStyle.INLINE, false, Optional.of(scenario.catalog.toString()));
        return new Upgrader(() -> Catalog.fromDirectory(scenario.catalog)).run(request, Optional.empty());
    }

    private static FileOutcome config(UpgradePlan plan) {
        return plan.files().stream().filter(file -> file.path().equals("app.properties")).findFirst().orElseThrow();
    }

    @Test
    void aChangedSecretReachesAnEditedFileWhoseOldRenderItCanReproduce() {
        Scenario scenario = scenario(CONFIG_V2);
        UpgradePlan plan = upgrade(scenario, Map.of("token", "new2"));

        assertThat(config(plan).outcome()).isEqualTo(Outcome.MERGED);
        assertThat(config(plan).note()).isNull();
        assertThat(scenario.read("app.properties")).isEqualTo("# mine\nname=shop\ntoken=new2\n\nretries=5\n");
    }

    @Test
    void aChangedSecretOnALineTheUserEditedIsAConflictOnThatLineNotAKeep() {
        Scenario scenario = scenario(CONFIG_V2);
        scenario.replace("app.properties", "token=old1", "token=old1 # rotated yearly").commit();
        UpgradePlan plan = upgrade(scenario, Map.of("token", "new2"));

        assertThat(config(plan).outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(config(plan).note()).isEqualTo(BaseRender.SECRET_NOTE);
        assertThat(scenario.read("app.properties")).isEqualTo("""
                # mine
                name=shop
                <<<<<<< yours
                token=old1 # rotated yearly
                ||||||| blueprint app 1.0.0
                token=<old value of secret token, not recorded>
                =======
                token=new2
                >>>>>>> blueprint app 2.0.0

                retries=5
                """);
    }

    @Test
    void aSecretChangedWithoutANewVersionStillReachesTheEditedFile() {
        Scenario scenario = scenario(CONFIG_V1);
        Scenario.writeBlueprint(scenario.catalog.resolve("app"), Scenario.MANIFEST_V1, Map.of("app.properties", CONFIG_V1));
        UpgradePlan plan = upgrade(scenario, Map.of("token", "new2"));

        assertThat(config(plan).outcome()).isEqualTo(Outcome.MERGED);
        assertThat(scenario.read("app.properties")).isEqualTo("# mine\nname=shop\ntoken=new2\n\nretries=3\n");
    }

    @Test
    void theSameSecretGivenAgainIsATrueBaseAndMergesCleanly() {
        Scenario scenario = scenario(CONFIG_V2);
        UpgradePlan plan = upgrade(scenario, Map.of("token", "old1"));

        assertThat(config(plan).outcome()).isEqualTo(Outcome.MERGED);
        assertThat(config(plan).note()).isNull();
        assertThat(scenario.read("app.properties")).isEqualTo("# mine\nname=shop\ntoken=old1\n\nretries=5\n");
    }

    @Test
    void anUneditedFileTakesTheNewSecret() {
        Scenario scenario = scenario(CONFIG_V2);
        scenario.write("app.properties", "name=shop\ntoken=old1\n\nretries=3\n").commit();
        UpgradePlan plan = upgrade(scenario, Map.of("token", "new2"));

        assertThat(config(plan).outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(scenario.read("app.properties")).isEqualTo("name=shop\ntoken=new2\n\nretries=5\n");
    }

    @Test
    void anOldRenderThatDoesNotReproduceWithTheSecretFoundIsAConflictOnItsLines() {
        Scenario scenario = scenario(CONFIG_V2);
        Scenario.writeBlueprint(scenario.catalog.resolve(".archive/app/1.0.0"), Scenario.MANIFEST_V1,
                Map.of("app.properties", CONFIG_V1.replace("retries=3", "retries=4")));
        UpgradePlan plan = upgrade(scenario, Map.of("token", "new2"));

        assertThat(config(plan).outcome()).as("a secret is in the file, but its old value does not reproduce the render either")
                .isEqualTo(Outcome.CONFLICT);
        assertThat(config(plan).note()).isEqualTo(BaseRender.SECRET_NOTE);
        assertThat(scenario.read("app.properties")).contains("<<<<<<< yours\ntoken=old1\n").contains("=======\ntoken=new2\n");
    }

    @Test
    void anOldRenderWithoutSecretsThatDoesNotReproduceIsNoBase() {
        Scenario scenario = scenario(CONFIG_V2);
        Scenario.writeBlueprint(scenario.catalog.resolve(".archive/app/1.0.0"), Scenario.MANIFEST_V1,
                Map.of("app.properties", "name={{name}}\n\nretries=4\n"));
        UpgradePlan plan = upgrade(scenario, Map.of("token", "old1"));

        assertThat(config(plan).outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(config(plan).note()).isEqualTo(BaseRender.UNKNOWN_NOTE);
        assertThat(scenario.read("app.properties")).startsWith("<<<<<<< yours\n# mine\n").doesNotContain("retries=4");
    }
}

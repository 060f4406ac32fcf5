package dev.scaffold.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.ScaffoldException;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.render.Provenance.BlueprintRef;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Precedence as SemVer 2.0.0 §11 defines it. */
class SemanticVersionTest {

    private static int compare(String a, String b) {
        return SemanticVersion.parse(a).compareTo(SemanticVersion.parse(b));
    }

    @Test
    void ordersTheSpecificationsExampleChain() {
        List<String> chain = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0");
        for (int i = 0; i < chain.size(); i++) {
            for (int j = 0; j < chain.size(); j++) {
                assertThat(Integer.signum(compare(chain.get(i), chain.get(j))))
                        .as("%s vs %s", chain.get(i), chain.get(j)).isEqualTo(Integer.compare(i, j));
            }
        }
    }

    @Test
    void comparesNumericIdentifiersNumerically() {
        assertThat(compare("2.0.0-rc.2", "2.0.0-rc.10")).isNegative();
        assertThat(compare("2.0.0-rc.10", "2.0.0-rc.2")).isPositive();
        assertThat(compare("1.0.0-99999999999999999999", "1.0.0-100000000000000000000")).isNegative();
        assertThat(compare("1.0.0-1", "1.0.0-a")).isNegative();
        assertThat(compare("1.0.0-rc.1", "1.0.0-rc.1.1")).isNegative();
        assertThat(compare("1.10.0", "1.9.0")).isPositive();
        assertThat(compare("2.0.0-rc.1", "1.9.9")).isPositive();
    }

    @Test
    void ignoresBuildMetadata() {
        assertThat(compare("1.0.0+build.1", "1.0.0+build.2")).isZero();
        assertThat(compare("1.0.0-rc.1+sha.5114f85", "1.0.0-rc.1")).isZero();
        assertThat(compare("1.0.0-rc.1+zzz", "1.0.0")).isNegative();
        assertThat(SemanticVersion.parse("1.0.0+exp.sha.5114f85")).isEqualTo(SemanticVersion.parse("1.0.0"));
    }

    @Test
    void refusesWhatIsNotASemanticVersion() {
        for (String text : List.of("1.0", "1.0.0-", "1.0.0-rc..1", "1.0.0+", "v1.0.0", "1.0.0-rc_1")) {
            assertThatThrownBy(() -> SemanticVersion.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a semantic version");
        }
    }

    @Test
    void upgradesFromRc2ToRc10AndRefusesTheReverse(@TempDir Path work) {
        String v10 = Scenario.MANIFEST_V1.replace("version: 1.0.0", "version: 2.0.0-rc.10");
        Scenario.writeBlueprint(work.resolve("app"), v10, Map.of("README.md", "rc.10\n"));
        Scenario.writeBlueprint(work.resolve(".archive/app/2.0.0-rc.2"),
                Scenario.MANIFEST_V1.replace("version: 1.0.0", "version: 2.0.0-rc.2"), Map.of("README.md", "rc.2\n"));
        Catalog catalog = Catalog.fromDirectory(work);

        assertThat(Versions.targets(catalog, List.of(new BlueprintRef("app", "2.0.0-rc.2", "project")), Optional.empty()))
                .containsExactly(new BlueprintRef("app", "2.0.0-rc.10", "project"));
        assertThatThrownBy(() -> Versions.targets(catalog, List.of(new BlueprintRef("app", "2.0.0-rc.10", "project")),
                Optional.of("2.0.0-rc.2"))).isInstanceOf(ScaffoldException.class)
                .hasMessage("refusing to downgrade blueprint 'app' from 2.0.0-rc.10 to 2.0.0-rc.2");
    }
}

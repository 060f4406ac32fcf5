package dev.scaffold.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.ExitCodes;
import dev.scaffold.Fixtures;
import dev.scaffold.ScaffoldException;
import dev.scaffold.params.ParameterType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {

    private final Catalog catalog = Fixtures.catalog();

    @Test
    void readsManifests() {
        assertThat(catalog.list()).extracting(Blueprint::id).containsExactly("demo", "extra");
        Blueprint demo = catalog.get("demo");
        assertThat(demo.version()).isEqualTo("1.2.0");
        assertThat(demo.kind()).isEqualTo(BlueprintKind.PROJECT);
        assertThat(demo.parameters()).extracting(p -> p.name()).startsWith("projectName", "package", "greeting");
        assertThat(demo.parameters().get(6).type()).isEqualTo(ParameterType.LIST);
        assertThat(demo.parameters().get(6).defaultValue()).isEqualTo(List.of("a", "b"));
        assertThat(catalog.get("extra").layerOf()).containsExactly("demo");
    }

    @Test
    void failsOnUnknownBlueprintSuggestingTheClosest() {
        assertThatThrownBy(() -> catalog.get("dmeo"))
                .isInstanceOf(ScaffoldException.class)
                .hasMessage("unknown blueprint 'dmeo'; did you mean 'demo'? (see 'scaffold list')")
                .extracting(e -> ((ScaffoldException) e).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void composesLayersAndSetsTheirFlags() {
        Composition composition = catalog.compose("demo", List.of("extra"));
        assertThat(composition.parts()).extracting(Blueprint::id).containsExactly("demo", "extra");
        assertThat(composition.layerFlags()).containsEntry("withExtra", true);
        assertThat(catalog.compose("demo", List.of()).layerFlags()).containsEntry("withExtra", false);
        assertThat(composition.parameters()).extracting(p -> p.name()).contains("projectName", "extraName");
    }

    @Test
    void composesALayerAskedForAloneOntoItsDefaultBase() {
        assertThat(catalog.compose("extra", List.of()).parts()).extracting(Blueprint::id).containsExactly("demo", "extra");
    }

    @Test
    void failsOnALayerThatDoesNotFit() {
        assertThatThrownBy(() -> catalog.compose("demo", List.of("demo")))
                .hasMessage("'demo' is not a layer of blueprint 'demo' (layers of it: extra)");
    }

    @Test
    void failsOnTextParameterWithoutPatternOrFormat(@TempDir Path root) {
        Fixtures.blueprint(root, """
                id: loose
                version: 1.0.0
                kind: project
                description: d
                parameters:
                  - name: name
                    type: string
                    help: anything goes
                    default: x
                """);
        assertThatThrownBy(() -> Catalog.fromDirectory(root))
                .hasMessageContaining("text parameter 'name' needs a pattern or a format");
    }

    @Test
    void failsOnDefaultThatBreaksItsOwnRules(@TempDir Path root) {
        Fixtures.blueprint(root, """
                id: bad
                version: 1.0.0
                kind: project
                description: d
                parameters:
                  - name: size
                    type: integer
                    help: h
                    default: 0
                    minimum: 1
                """);
        assertThatThrownBy(() -> Catalog.fromDirectory(root))
                .hasMessageContaining("is invalid: invalid value for parameter 'size': '0'");
    }

    @Test
    void failsOnConditionNamingUnknownValue(@TempDir Path root) {
        Fixtures.blueprint(root, """
                id: bad
                version: 1.0.0
                kind: project
                description: d
                files:
                  - path: "x/**"
                    when: enabled
                """);
        assertThatThrownBy(() -> Catalog.fromDirectory(root))
                .hasMessageContaining("file rule 'x/**' reads unknown 'enabled'");
    }

    @Test
    void failsOnLayerFlagOfNoLayer(@TempDir Path root) {
        Fixtures.blueprint(root, """
                id: base
                version: 1.0.0
                kind: project
                description: d
                files:
                  - path: "sfn/**"
                    when: withStepFunctions
                """);
        assertThatThrownBy(() -> Catalog.fromDirectory(root))
                .hasMessageContaining("blueprint base reads 'withStepFunctions', but no layer of it has that flag");
    }

    @Test
    void failsOnVersionThatIsNotSemantic(@TempDir Path root) {
        Fixtures.blueprint(root, """
                id: bad
                version: "1.0"
                kind: project
                description: d
                """);
        assertThatThrownBy(() -> Catalog.fromDirectory(root)).hasMessageContaining("version '1.0' is not a semantic version");
    }
}

package dev.scaffold.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.ExitCodes;
import dev.scaffold.Fixtures;
import dev.scaffold.ScaffoldException;
import dev.scaffold.params.Parameter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code required: <condition>} in a manifest: read as a condition, checked at catalog load like every other. */
class RequiredWhenManifestTest {

    private static final String HEAD = """
            id: site
            version: 1.0.0
            kind: project
            description: d
            parameters:
            """;

    private static final String UI = """
              - name: ui
                type: boolean
                help: h
                default: true
            """;

    private static String domain(String required, String extra) {
        return """
                  - name: uiDomainName
                    type: string
                    help: h
                    pattern: "^[a-z.]+$"
                    required: %s
                %s""".formatted(required, extra);
    }

    private static Catalog load(Path root, String parameters) {
        return Catalog.fromDirectory(Fixtures.blueprint(root, HEAD + parameters));
    }

    @Test
    void readsAConditionAsRequiredWhen(@TempDir Path root) {
        Parameter domain = load(root, UI + domain("ui", "")).get("site").parameters().get(1);
        assertThat(domain.required()).isFalse();
        assertThat(domain.requiredWhen()).hasToString("ui");
        assertThat(domain.requiredFor(Map.of("ui", true))).isTrue();
        assertThat(domain.requiredFor(Map.of("ui", false))).isFalse();
        assertThat(domain.requirement()).isEqualTo("required when ui");
    }

    @Test
    void keepsTrueAndFalseAsTheyWere(@TempDir Path root) {
        Parameter domain = load(root, UI + domain("true", "")).get("site").parameters().get(1);
        assertThat(domain.required()).isTrue();
        assertThat(domain.requiredWhen()).isNull();
    }

    @Test
    void failsOnAConditionNamingAnUnknownParameter(@TempDir Path root) {
        assertThatThrownBy(() -> load(root, UI + domain("uii", "")))
                .isInstanceOf(ScaffoldException.class)
                .hasMessageContaining("is invalid: parameter 'uiDomainName' (required: uii) reads unknown 'uii'; did you mean 'ui'?")
                .extracting(e -> ((ScaffoldException) e).exitCode()).isEqualTo(ExitCodes.FAILURE);
    }

    @Test
    void failsOnAConditionNamingADerivedValueOrALaterParameter(@TempDir Path root) {
        assertThatThrownBy(() -> load(root, domain("ui", "") + UI))
                .hasMessageContaining("parameter 'uiDomainName' (required: ui) reads 'ui', which is declared after it");
        assertThatThrownBy(() -> load(root.resolve("self"), UI + domain("uiDomainName", "")))
                .hasMessageContaining("parameter 'uiDomainName' (required: uiDomainName) reads itself");
        assertThatThrownBy(() -> load(root.resolve("derived"), UI + domain("hasUi", "") + "derived:\n  - name: hasUi\n    when: ui\n"))
                .hasMessageContaining("parameter 'uiDomainName' (required: hasUi) reads unknown 'hasUi'");
    }

    @Test
    void failsOnAConditionWithADefaultOrThatDoesNotParse(@TempDir Path root) {
        assertThatThrownBy(() -> load(root, UI + domain("ui", "    default: a.io\n")))
                .hasMessageContaining("parameter 'uiDomainName' (required: ui) has a default, so it is never missing");
        assertThatThrownBy(() -> load(root.resolve("malformed"), UI + domain("\"ui &&\"", "")))
                .hasMessageContaining("condition ends too early: ui &&");
        assertThatThrownBy(() -> load(root.resolve("number"), UI + domain("3", "")))
                .hasMessageContaining("parameter 'uiDomainName': 'required' must be true, false or a condition");
    }
}

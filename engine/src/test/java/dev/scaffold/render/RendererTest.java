package dev.scaffold.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.Fixtures;
import dev.scaffold.ScaffoldException;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.Composition;
import dev.scaffold.params.AnswerResolver;
import dev.scaffold.params.Answers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererTest {

    private final Catalog catalog = Fixtures.catalog();
    private final Renderer renderer = new Renderer();

    private List<RenderedFile> render(Composition composition, Map<String, String> given) {
        Answers answers = new AnswerResolver(composition.parameters(), Optional.empty()).resolve(given, Map.of());
        return renderer.render(composition, answers);
    }

    private static RenderedFile file(List<RenderedFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void rendersPathsAndContentsFromAnswersAndDerivedValues() {
        List<RenderedFile> files = render(catalog.compose("demo", List.of()),
                Map.of("package", "org.acme.flows", "projectName", "churn-model"));
        assertThat(files).extracting(RenderedFile::path).containsExactly(
                "README.md", "assets/logo.png", "scripts/run.sh", "src/main/java/org/acme/flows/ChurnModel.java");
        assertThat(file(files, "src/main/java/org/acme/flows/ChurnModel.java").text())
                .contains("package org.acme.flows;")
                .contains("public final class ChurnModel {")
                .contains("List.of(\"a\", \"b\")");
        assertThat(file(files, "README.md").text())
                .contains("Tom & Jerry <say> \"hi\"")
                .contains("Size 4, mode fast, network 10.0.0.0/16.")
                .contains("Feature off.")
                .doesNotContain("Extra layer on.");
    }

    @Test
    void includesFilesOnlyWhenTheirConditionHolds() {
        List<RenderedFile> files = render(catalog.compose("demo", List.of()), Map.of("feature", "true", "mode", "safe"));
        assertThat(files).extracting(RenderedFile::path).contains("optional/Feature.txt", "SAFE.md");
        assertThat(file(files, "README.md").text()).contains("Feature on.");
    }

    @Test
    void copiesVerbatimFilesByteForByteAndMarksExecutables() throws Exception {
        List<RenderedFile> files = render(catalog.compose("demo", List.of()), Map.of());
        byte[] original = Files.readAllBytes(Fixtures.directory().resolve("demo/template/assets/logo.png"));
        assertThat(file(files, "assets/logo.png").content()).isEqualTo(original);
        assertThat(file(files, "scripts/run.sh").executable()).isTrue();
        assertThat(file(files, "README.md").executable()).isFalse();
    }

    @Test
    void composesLayerFilesAndFlags() {
        List<RenderedFile> files = render(catalog.compose("demo", List.of("extra")), Map.of());
        assertThat(file(files, "EXTRA.md").text()).isEqualTo("Layer extra over my-demo.\n");
        assertThat(file(files, "EXTRA.md").blueprint()).isEqualTo("extra");
        assertThat(file(files, "README.md").text()).contains("Extra layer on.");
    }

    @Test
    void rendersIncludedLibrariesUnderItsOwnTemplates(@TempDir Path root) throws Exception {
        Fixtures.blueprint(root, "id: app\nversion: 1.0.0\nkind: project\ndescription: d\ninclude: [shared/lib]\n",
                "B.txt", "own B");
        Files.createDirectories(root.resolve("shared/lib/template/sub"));
        Files.writeString(root.resolve("shared/lib/template/sub/A.txt"), "library A");
        Files.writeString(root.resolve("shared/lib/template/B.txt"), "library B");

        List<RenderedFile> files = render(Catalog.fromDirectory(root).compose("app", List.of()), Map.of());

        assertThat(files).extracting(RenderedFile::path).containsExactly("B.txt", "sub/A.txt");
        assertThat(file(files, "B.txt").text()).isEqualTo("own B");
        assertThat(file(files, "sub/A.txt").text()).isEqualTo("library A");
        assertThat(file(files, "sub/A.txt").blueprint()).isEqualTo("app");
        assertThat(file(files, "sub/A.txt").template()).isEqualTo("sub/A.txt");
    }

    @Test
    void failsOnIncludeOutsideTheCatalog(@TempDir Path root) {
        Fixtures.blueprint(root, "id: app\nversion: 1.0.0\nkind: project\ndescription: d\ninclude: [../elsewhere]\n");
        assertThatThrownBy(() -> Catalog.fromDirectory(root)).hasMessageContaining("must be a relative path of plain names");
    }

    @Test
    void failsOnPathsThatLeaveTheProject(@TempDir Path root) {
        Catalog escaping = Catalog.fromDirectory(Fixtures.blueprint(root, """
                id: escape
                version: 1.0.0
                kind: project
                description: d
                parameters:
                  - name: dir
                    type: string
                    help: a directory
                    default: ok
                    pattern: "^[a-z./]+$"
                """, "{{dir}}/file.txt", "x"));
        Composition composition = escaping.compose("escape", List.of());
        assertThat(render(composition, Map.of())).extracting(RenderedFile::path).containsExactly("ok/file.txt");
        for (String bad : List.of("..", "../..", "a/../../b", "/etc", ".scaffold", ".git")) {
            assertThatThrownBy(() -> render(composition, Map.of("dir", bad)))
                    .isInstanceOf(ScaffoldException.class)
                    .hasMessageContaining("escape:{{dir}}/file.txt renders to path");
        }
    }

    @Test
    void failsOnTemplateThatIsNotText(@TempDir Path root) throws Exception {
        Fixtures.blueprint(root, "id: bin\nversion: 1.0.0\nkind: project\ndescription: d\n");
        Files.write(root.resolve("bp/template/blob.bin"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertThatThrownBy(() -> render(Catalog.fromDirectory(root).compose("bin", List.of()), Map.of()))
                .hasMessage("template bin:blob.bin: is not UTF-8 text; mark it 'verbatim' in the manifest's file rules");
    }

    @Test
    void failsOnUndefinedVariableNamingTheTemplate(@TempDir Path root) {
        Fixtures.blueprint(root, "id: typo\nversion: 1.0.0\nkind: project\ndescription: d\n", "src/App.java", "class {{clasName}} {}");
        assertThatThrownBy(() -> render(Catalog.fromDirectory(root).compose("typo", List.of()), Map.of()))
                .hasMessage("template typo:src/App.java: undefined variable 'clasName'");
    }
}

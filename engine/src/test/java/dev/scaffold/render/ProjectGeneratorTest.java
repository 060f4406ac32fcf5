package dev.scaffold.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.EngineVersion;
import dev.scaffold.Fixtures;
import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectGeneratorTest {

    @TempDir
    Path work;

    private final ProjectGenerator generator = new ProjectGenerator(Fixtures.catalog());

    private GeneratedProject generate(String dir, Map<String, String> parameters, boolean dryRun) {
        return generator.generate(new NewProjectRequest("demo", List.of("extra"), work.resolve(dir), parameters,
                Optional.empty(), dryRun), Optional.empty());
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .collect(java.util.stream.Collectors.toMap(p -> root.relativize(p).toString(), p -> {
                        try {
                            return Files.readAllBytes(p);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }));
        }
    }

    @Test
    void writesTheProjectWithItsProvenance() throws IOException {
        generate("app", Map.of("token", "s3cr3tvalue"), false);
        Path app = work.resolve("app");
        assertThat(app.resolve("README.md")).isRegularFile();
        assertThat(Files.isExecutable(app.resolve("scripts/run.sh"))).isTrue();
        assertThat(Files.isExecutable(app.resolve("README.md"))).isFalse();

        Provenance provenance = Provenance.read(app);
        assertThat(provenance.engine()).isEqualTo(EngineVersion.get());
        assertThat(provenance.blueprints()).containsExactly(
                new Provenance.BlueprintRef("demo", "1.2.0", "project"),
                new Provenance.BlueprintRef("extra", "0.3.0", "layer"));
        assertThat(provenance.answers()).containsEntry("projectName", "my-demo").containsEntry("size", 4)
                .doesNotContainKey("token");
        assertThat(provenance.files()).extracting(Provenance.FileRecord::path)
                .containsExactly("EXTRA.md", "README.md", "assets/logo.png", "scripts/run.sh",
                        "src/main/java/com/example/demo/MyDemo.java");
        for (Provenance.FileRecord file : provenance.files()) {
            assertThat(file.sha256()).isEqualTo(RenderedFile.sha256(Files.readAllBytes(app.resolve(file.path()))));
            assertThat(file.executable()).isEqualTo(Files.isExecutable(app.resolve(file.path())));
        }
        assertThat(provenance.files().get(4).template()).isEqualTo("src/main/java/{{packagePath}}/{{className}}.java");
        String recorded = Files.readString(app.resolve(Provenance.FILE), StandardCharsets.UTF_8);
        assertThat(recorded).doesNotContain("s3cr3tvalue").doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void rendersByteIdenticalProjectsFromTheSameAnswers() throws IOException {
        generate("one", Map.of("size", "9"), false);
        generate("two", Map.of("size", "9"), false);
        Map<String, byte[]> one = tree(work.resolve("one"));
        Map<String, byte[]> two = tree(work.resolve("two"));
        assertThat(one.keySet()).isEqualTo(two.keySet());
        one.forEach((path, bytes) -> assertThat(two.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void dryRunWritesNothing() {
        GeneratedProject project = generate("dry", Map.of(), true);
        assertThat(project.written()).isFalse();
        assertThat(project.files()).hasSize(5);
        assertThat(work.resolve("dry")).doesNotExist();
    }

    @Test
    void failsOnNonEmptyTargetBeforeAskingAnything() throws IOException {
        Files.createDirectories(work.resolve("taken"));
        Files.writeString(work.resolve("taken/keep.txt"), "mine");
        assertThatThrownBy(() -> generate("taken", Map.of("size", "not a number"), false))
                .isInstanceOf(ScaffoldException.class)
                .hasMessageContaining("is not empty");
        assertThat(Files.readString(work.resolve("taken/keep.txt"))).isEqualTo("mine");
    }

    @Test
    void acceptsAnEmptyTargetDirectory() throws IOException {
        Files.createDirectories(work.resolve("empty"));
        generate("empty", Map.of(), false);
        assertThat(work.resolve("empty/README.md")).isRegularFile();
    }

    @Test
    void leavesNothingBehindWhenAnAnswerIsInvalid() throws IOException {
        assertThatThrownBy(() -> generate("bad", Map.of("size", "99"), false)).isInstanceOf(ScaffoldException.class);
        try (Stream<Path> entries = Files.list(work)) {
            assertThat(entries).isEmpty();
        }
    }
}

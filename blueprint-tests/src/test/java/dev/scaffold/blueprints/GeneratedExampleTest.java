package dev.scaffold.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.render.GeneratedProject;
import dev.scaffold.render.Provenance;
import dev.scaffold.render.RenderedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generated-example/ must be exactly what {@code scaffold new} renders today with default answers and
 * {@link ExampleSpec#ANSWERS}, so that what CI builds and tests there is what users get. Regenerate it
 * with {@code just example}.
 */
class GeneratedExampleTest {

    /** What building and running the example adds, which is not part of the render. */
    private static final Set<String> BUILD_OUTPUTS = Set.of("target", "cdk.out", "node_modules");

    private final Path example = Render.repository().resolve("generated-example");

    @Test
    void matchesAFreshRenderWithDefaultAnswers(@TempDir Path work) throws IOException {
        GeneratedProject fresh = Render.project(ExampleSpec.BLUEPRINT, ExampleSpec.LAYERS, ExampleSpec.ANSWERS, work.resolve("fresh"),
                false);
        Map<String, byte[]> expected = fresh.files().stream()
                .collect(Collectors.toMap(RenderedFile::path, RenderedFile::content));
        expected.put(Provenance.FILE, fresh.provenance().toJson());

        Set<String> committed = committedFiles();
        assertThat(committed)
                .as("files of generated-example/ (run 'just example' to regenerate it)")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (String path : new TreeSet<>(expected.keySet())) {
            assertThat(new String(Files.readAllBytes(example.resolve(path)), StandardCharsets.UTF_8))
                    .as("generated-example/%s differs from a fresh render (run 'just example' to regenerate it)", path)
                    .isEqualTo(new String(expected.get(path), StandardCharsets.UTF_8));
        }
        for (RenderedFile file : fresh.files()) {
            assertThat(Files.isExecutable(example.resolve(file.path()))).as("executable bit of %s", file.path())
                    .isEqualTo(file.executable());
        }
    }

    private Set<String> committedFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(example)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(path -> !BUILD_OUTPUTS.contains(example.relativize(path).getName(0).toString()))
                    .toList();
            return files.stream().map(path -> example.relativize(path).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}

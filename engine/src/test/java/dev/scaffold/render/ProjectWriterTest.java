package dev.scaffold.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectWriterTest {

    @TempDir
    Path work;

    private static RenderedFile file(String path, String content) {
        return new RenderedFile(path, content.getBytes(StandardCharsets.UTF_8), false, "bp", path);
    }

    private static Provenance provenance() {
        return new Provenance("0", "test", List.of(), Map.of(), List.of());
    }

    @Test
    void failsMidWriteLeavingNoTargetAndNoStagingDirectory() throws IOException {
        Path target = work.resolve("deep/nested/project");
        // "a" as a file and as a directory cannot both be written: the second write fails half-way.
        List<RenderedFile> files = List.of(file("a", "file"), file("a/b", "child"));
        assertThatThrownBy(() -> new ProjectWriter().write(target, files, provenance()))
                .isInstanceOf(ScaffoldException.class)
                .hasMessageContaining("cannot write project")
                .hasMessageContaining("a/b");
        try (Stream<Path> entries = Files.list(work)) {
            assertThat(entries).as("nothing half-written, not even the parent directories").isEmpty();
        }
    }

    @Test
    void refusesATargetThatIsAFile() throws IOException {
        Path target = Files.writeString(work.resolve("file"), "x");
        assertThatThrownBy(() -> new ProjectWriter().write(target, List.of(file("a", "x")), provenance()))
                .hasMessageContaining("exists and is not a directory");
    }

    @Test
    void refusesToWriteThroughASymbolicLink() throws IOException {
        Path outside = Files.createDirectories(work.resolve("outside"));
        Path root = Files.createDirectories(work.resolve("root"));
        Files.createSymbolicLink(root.resolve("link"), outside);
        assertThatThrownBy(() -> ProjectWriter.writeFile(root, "link/escaped.txt", new byte[] {1}, false))
                .hasMessageContaining("link is a symbolic link");
        assertThat(outside.resolve("escaped.txt")).doesNotExist();
    }
}

package dev.scaffold.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.catalog.Catalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The CLI's own render of a project, and the comparison of two projects' files ({@link Unzipped}). */
final class ProjectFiles {

    private ProjectFiles() {
    }

    /** {@code scaffold new -b BLUEPRINT --with ... -o OUTPUT --no-input -P k=v ...}, in-process, in {@code workingDirectory}. */
    static CliRun render(Catalog catalog, Path workingDirectory, String blueprint, List<String> layers, String output,
                         Map<String, String> answers) {
        List<String> args = new ArrayList<>(List.of("new", "-b", blueprint));
        layers.forEach(layer -> args.addAll(List.of("--with", layer)));
        args.addAll(List.of("-o", output, "--no-input"));
        answers.forEach((name, value) -> args.addAll(List.of("-P", name + "=" + value)));
        return CliRun.of(catalog, workingDirectory, args.toArray(String[]::new));
    }

    /** The same paths, each with the same bytes and the same executable bit. */
    static void assertSame(Unzipped actual, Unzipped expected) {
        assertThat(actual.contents().keySet()).containsExactlyElementsOf(expected.contents().keySet());
        expected.contents().forEach((path, bytes) -> assertThat(actual.contents().get(path)).as(path).isEqualTo(bytes));
        assertThat(actual.executable()).isEqualTo(expected.executable());
    }
}

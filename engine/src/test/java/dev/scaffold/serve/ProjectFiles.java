package dev.scaffold.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.catalog.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The files of a project, from a zip or a directory, and the CLI's own render to compare them with. */
final class ProjectFiles {

    private ProjectFiles() {
    }

    /** Each file of the zip under its top folder {@code top/}, by its path inside that folder. */
    static Map<String, byte[]> unzip(Path zip, String top) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                if (!entry.getName().startsWith(top + "/")) {
                    throw new AssertionError("zip entry outside " + top + "/: " + entry.getName());
                }
                if (!entry.isDirectory()) {
                    files.put(entry.getName().substring(top.length() + 1), entries.readAllBytes());
                }
            }
        }
        return files;
    }

    static Map<String, byte[]> read(Path directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(directory.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
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

    /** The same paths, each with the same bytes. */
    static void assertSame(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
    }
}

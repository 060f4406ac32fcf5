package dev.scaffold.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.Fixtures;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled blueprints as they ship, in a jar: {@code list} reads their headers from the jar's
 * entries, and {@code describe} (a whole blueprint) reads them through the jar's file system. A child
 * JVM gets a jar of the test blueprints first on its class path, so its marker is the one found.
 */
class BundledJarTest {

    @TempDir
    Path work;

    @Test
    void listsAndDescribesBlueprintsBundledInAJar() throws Exception {
        Path jar = work.resolve("blueprints.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(Fixtures.directory())) {
            put(out, BundledBlueprints.MARKER, "marker".getBytes(StandardCharsets.UTF_8));
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                put(out, "blueprints/" + Fixtures.directory().relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        assertThat(run(jar, "list")).contains("demo", "1.2.0", "extra").doesNotContain("hobbyist");
        assertThat(run(jar, "describe", "demo")).contains("demo 1.2.0 (project)", "greeting");
    }

    private static void put(OutputStream jar, String name, byte[] content) throws IOException {
        ((JarOutputStream) jar).putNextEntry(new JarEntry(name));
        jar.write(content);
        ((JarOutputStream) jar).closeEntry();
    }

    private static String run(Path jar, String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp",
                jar + File.pathSeparator + System.getProperty("java.class.path"), "dev.scaffold.cli.ScaffoldCli"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}

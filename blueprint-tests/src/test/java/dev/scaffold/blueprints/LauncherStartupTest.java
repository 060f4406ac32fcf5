package dev.scaffold.blueprints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code ./scaffold}) starts the JVM with the class-data-sharing archive that the build
 * makes (engine/cds-archive.sh, issue 14); an archive that does not match the JVM, or a damaged one,
 * must be ignored without a word on the user's screen. Runs after the engine's package phase.
 */
class LauncherStartupTest {
    private static final Path REPOSITORY = Render.repository();
    private static final Path ARCHIVE = REPOSITORY.resolve("engine/target/scaffold.jsa");
    private static final String VERSION_LINE = "scaffold \\S+\\R";

    private static final Path JAR = REPOSITORY.resolve("engine/target/scaffold.jar");

    @TempDir
    Path work;

    /**
     * Only after the engine's package phase in this build (mvn verify): otherwise the launcher would
     * rebuild the engine under the running build.
     */
    @BeforeEach
    void packaged() throws IOException {
        Path classes = REPOSITORY.resolve("engine/target/classes");
        assumeTrue(Files.isRegularFile(JAR) && Files.isDirectory(classes)
                && !Files.getLastModifiedTime(JAR).toInstant().isBefore(Files.getLastModifiedTime(classes).toInstant()),
                "the engine's jar is not built from its current classes (run mvn verify)");
    }

    @Test
    void theBuildMakesTheArchive() throws IOException {
        assertThat(ARCHIVE).isRegularFile();
        assertThat(Files.size(ARCHIVE)).isGreaterThan(1_000_000L);
    }

    @Test
    void aDamagedArchiveIsIgnoredSilently() throws Exception {
        Path damaged = work.resolve("damaged.jsa");
        Files.write(damaged, Arrays.copyOf(Files.readAllBytes(ARCHIVE), 65_536)); // cut short
        assertThat(version(damaged, Map.of())).matches(VERSION_LINE);
        Path garbage = work.resolve("garbage.jsa");
        Files.writeString(garbage, "not an archive\n".repeat(500));
        assertThat(version(garbage, Map.of())).matches(VERSION_LINE);
    }

    @Test
    void anArchiveOfAnotherJvmIsIgnoredSilently() throws Exception {
        Optional<Path> other = otherJvm();
        assumeTrue(other.isPresent(), "no second JVM under /usr/lib/jvm");
        String path = other.get().resolve("bin") + ":" + System.getenv("PATH");
        assertThat(version(ARCHIVE, Map.of("PATH", path))).matches(VERSION_LINE);
    }

    /** A JDK of another major version than the running one, e.g. Java 25 beside Java 17. */
    private static Optional<Path> otherJvm() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        String major = "-" + Runtime.version().feature() + "-";
        try (Stream<Path> all = Files.list(jvms)) {
            return all.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                    .filter(jdk -> !jdk.getFileName().toString().contains(major))
                    .filter(jdk -> jdk.getFileName().toString().matches(".*-\\d+-.*"))
                    .findFirst();
        }
    }

    /** What {@code ./scaffold --version} prints, stdout and stderr together, with this archive. */
    private String version(Path archive, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(REPOSITORY.resolve("scaffold").toString(), "--version")
                .directory(work.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("SCAFFOLD_CDS_ARCHIVE", archive.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}

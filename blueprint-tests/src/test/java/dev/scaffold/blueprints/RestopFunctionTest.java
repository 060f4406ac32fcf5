package dev.scaffold.blueprints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python of the rendered {@code DatabaseRestop} (the function that stops the database again
 * when RDS restarts it after seven days asleep) under {@code python3 -m unittest} with botocore's
 * Stubber (resources dev/scaffold/blueprints/restop/test_restop.py). Needs python3 with boto3
 * (Debian: python3-boto3; pip: boto3); skipped without them.
 */
class RestopFunctionTest {

    private static final String SOURCE = "src/main/java/com/example/metaflow/metadata/DatabaseRestop.java";

    @TempDir
    Path work;

    /** The text block {@code PYTHON = """ ... """;} as Java reads it (JLS 3.10.6: strip the indentation). */
    static String python(String java) {
        String opening = "PYTHON = \"\"\"\n";
        int start = java.indexOf(opening) + opening.length();
        int end = java.indexOf("\"\"\";", start);
        assertThat(start).isGreaterThan(opening.length() - 1);
        return java.substring(start, end).stripIndent().translateEscapes();
    }

    @Test
    void restopsOnlyASleepingDeploymentOnceItsDatabaseIsAvailable() throws Exception {
        String java = Render.project("hobbyist", List.of(), Map.of(), Path.of("unused"), false).files().stream()
                .filter(file -> file.path().equals(SOURCE)).findFirst().orElseThrow().text();
        Files.writeString(work.resolve("index.py"), python(java));
        try (InputStream in = RestopFunctionTest.class.getResourceAsStream("/dev/scaffold/blueprints/restop/test_restop.py")) {
            Files.write(work.resolve("test_restop.py"), in.readAllBytes());
        }
        String python = pythonWithBoto3();

        Result result = run(python, "-m", "unittest", "-v", "test_restop");

        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.output()).contains("Ran 6 tests", "OK");
    }

    /**
     * The first of {@code python3} on the PATH and Debian's {@code /usr/bin/python3} (where the package
     * python3-boto3 installs) that imports boto3; skipped without one, unless {@code scaffold.requireBoto3}
     * is true, as .ci/run sets it after installing python3-boto3.
     */
    private String pythonWithBoto3() throws Exception {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            if (run(python, "-c", "import boto3, botocore.stub").code() == 0) {
                return python;
            }
        }
        String why = "no python3 with boto3 (Debian: apt-get install python3-boto3)";
        assertThat(Boolean.getBoolean("scaffold.requireBoto3")).as(why + ", and scaffold.requireBoto3 is set").isFalse();
        assumeTrue(false, why);
        return null;
    }

    private Result run(String python, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(python));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(work.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new Result(127, python + " is not installed");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int code, String output) {
    }
}

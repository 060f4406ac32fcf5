package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, "No command loads what it does not use": {@code scaffold list} over the bundled blueprints,
 * in a JVM of its own, loads neither Jackson's data binding, the JSON-Schema validator nor JGit
 * (the classes the JVM logs as it loads them), and still prints every blueprint.
 */
class ListLoadsLittleTest {

    @Test
    void listLoadsNoDataBindingNoSchemaValidatorAndNoGit() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), ScaffoldCli.class.getName(), "list").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        List<String> loaded = output.lines().filter(line -> line.contains("[class,load]")).toList();
        assertThat(loaded).as("the JVM logs each class it loads").anyMatch(line -> line.contains(" dev.scaffold.cli.ListCommand "));
        assertThat(loaded).noneMatch(line -> line.contains(" com.fasterxml.jackson.databind."))
                .noneMatch(line -> line.contains(" com.networknt.")).noneMatch(line -> line.contains(" org.eclipse.jgit."));
        assertThat(output).contains("hobbyist").contains("enterprise").contains("step-functions");
    }
}

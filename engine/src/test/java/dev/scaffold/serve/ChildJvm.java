package dev.scaffold.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The engine's main class in a JVM of its own, on this test's class path. */
final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * @param jvmOptions e.g. {@code -verbose:class}
     * @param args       the {@code scaffold} arguments
     */
    static ProcessBuilder scaffold(Path workingDirectory, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.scaffold.cli.ScaffoldCli"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingDirectory.toFile());
    }

    /** Runs to the end; stdout and stderr together. */
    static String run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new AssertionError("exit " + process.exitValue() + ": " + output);
        }
        return output;
    }
}

package dev.scaffold.blueprints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The python3 the projects' scripts are tested with. */
final class Python {

    private static String interpreter;

    private Python() {
    }

    /**
     * The real interpreter behind {@code python3} on the PATH ({@code sys.executable}), not a pyenv shim,
     * which would put its own bin (and its aws) first on PATH; the test is skipped without one.
     */
    static synchronized String interpreter() throws Exception {
        if (interpreter == null) {
            Process process;
            try {
                process = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
            } catch (IOException e) {
                assumeTrue(false, "python3 is not installed");
                throw e;
            }
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            interpreter = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        return interpreter;
    }
}

package dev.scaffold.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The pages' own logic around react-jsonschema-form (src/main/frontend/src/form.js: defaults behind
 * conditions, what is sent, secrets as password fields, server errors under their fields), run by
 * node's test runner (src/form.test.mjs) against the installed rjsf. Skipped when the build did not
 * install the pages' packages (-Dscaffold.skipFrontend on a machine that never built them).
 */
class PagesLogicTest {

    private static final Path FRONTEND = Path.of("src/main/frontend");

    @Test
    void nodeTestsOfTheFormPass() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isDirectory(FRONTEND.resolve("node_modules/@rjsf/core")),
                "the pages' packages are not installed (the engine's build installs them unless -Dscaffold.skipFrontend)");
        Process node = new ProcessBuilder("node", "--test", "src/").directory(FRONTEND.toFile())
                .redirectErrorStream(true).start();
        node.getOutputStream().close();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("node --test finished").isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains("# pass 5", "# fail 0");
    }
}

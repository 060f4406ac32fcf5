package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.ExitCodes;
import dev.scaffold.Fixtures;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Bad input gets one error line on stderr and nothing else, not even picocli's own warnings (which it
 * prints to {@link System#err}, so that is captured too).
 */
class InputErrorLinesTest {

    @TempDir
    Path work;

    private final StringWriter err = new StringWriter();
    private final ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureSystemErr() {
        originalErr = System.err;
        System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreSystemErr() {
        System.setErr(originalErr);
    }

    private int run(String... args) {
        CommandLine cli = ScaffoldCli.create(new CliEnvironment(Fixtures::catalog, new BufferedReader(new StringReader("")), false));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String stderr() {
        return systemErr.toString(StandardCharsets.UTF_8) + err;
    }

    @Test
    void anAnswersFileThatIsNotYamlIsOneLine() throws IOException {
        Path answers = Files.writeString(work.resolve("answers.yaml"), "size: 7\nmode: [safe\nprojectName: x\n");
        assertThat(run("new", "-b", "demo", "-o", work.resolve("p").toString(), "--answers", answers.toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(stderr()).isEqualTo("error: answers file " + answers + ", line 3, column 12: expected ',' or ']', but got :"
                + " (while parsing a flow sequence at line 2, column 7)\n");
        assertThat(work.resolve("p")).doesNotExist();
    }

    @Test
    void aValueWithAnUnbalancedQuoteIsOneErrorLineWithoutPicocliWarnings() {
        assertThat(run("new", "-b", "demo", "-o", work.resolve("p").toString(), "-P", "projectName=a\"b"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(stderr()).startsWith("error: invalid value for parameter 'projectName': 'a\"b'")
                .doesNotContain("WARN").hasLineCount(1);
    }

    @Test
    void aValueWithQuotesIsTakenAsWritten() throws IOException {
        Path project = work.resolve("p");
        assertThat(run("new", "-b", "demo", "-o", project.toString(), "-P", "greeting=say \"hi\" & \"bye", "-P", "size=5")).isZero();
        assertThat(stderr()).isEmpty();
        assertThat(Files.readString(project.resolve("README.md"))).contains("say \"hi\" & \"bye\n").contains("Size 5,");
    }

    @Test
    void anAssignmentWithoutAnEqualsSignIsOneLine() {
        assertThat(run("new", "-b", "demo", "-o", work.resolve("p").toString(), "-P", "\"size"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(stderr()).isEqualTo("error: -P expects NAME=VALUE, not '\"size'\n");
    }
}

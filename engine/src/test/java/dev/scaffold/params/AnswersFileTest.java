package dev.scaffold.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.ExitCodes;
import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers files, and one line naming the file, line, column and problem when one cannot be read. */
class AnswersFileTest {

    @TempDir
    Path work;

    private String failure(String content) throws IOException {
        Path file = Files.writeString(work.resolve("answers.yaml"), content);
        try {
            AnswersFile.read(file);
        } catch (ScaffoldException e) {
            assertThat(e.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(e.getMessage()).doesNotContain("\n").startsWith("answers file " + file + ", ");
            return e.getMessage().substring(("answers file " + file + ", ").length());
        }
        throw new AssertionError("no error for " + content);
    }

    @Test
    void readsAMapOfAnswers() throws IOException {
        Path file = Files.writeString(work.resolve("answers.yaml"), "size: 7\nmode: safe\n");
        assertThat(AnswersFile.read(file)).isEqualTo(Map.of("size", 7, "mode", "safe"));
    }

    @Test
    void namesTheLineColumnAndProblemOfInvalidYamlOnOneLine() throws IOException {
        assertThat(failure("size: 7\n  mode: safe\n")).isEqualTo("line 2, column 7: mapping values are not allowed here");
        assertThat(failure("size: 7\nmode: [safe\nname: x\n"))
                .isEqualTo("line 3, column 5: expected ',' or ']', but got : (while parsing a flow sequence at line 2, column 7)");
        assertThat(failure("{\"size\": 7,, }")).startsWith("line 1, column ");
    }

    @Test
    void namesADocumentThatIsNotAMap() throws IOException {
        assertThat(failure("- 1\n- 2\n")).isEqualTo("line 1, column 1: expected a map of parameter names to values");
    }

    @Test
    void refusesAMissingFile() {
        assertThatThrownBy(() -> AnswersFile.read(work.resolve("none.yaml"))).isInstanceOf(ScaffoldException.class)
                .hasMessageEndingWith("none.yaml does not exist");
    }
}

package dev.scaffold.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.ExitCodes;
import dev.scaffold.Fixtures;
import dev.scaffold.ScaffoldException;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerResolverTest {

    private final List<Parameter> parameters = Fixtures.catalog().get("demo").parameters();

    private static Parameter required(String name) {
        return new Parameter(name, ParameterType.STRING, null, "help", null, true, "^[a-z]+$", null, null, List.of(), null, false);
    }

    @Test
    void appliesCommandLineThenFileThenDefault() {
        Answers answers = new AnswerResolver(parameters, Optional.empty())
                .resolve(Map.of("size", "8"), Map.of("size", 2, "mode", "safe", "tags", List.of("x", "y")));
        assertThat(answers.get("size")).isEqualTo(8L);
        assertThat(answers.get("mode")).isEqualTo("safe");
        assertThat(answers.get("tags")).isEqualTo(List.of("x", "y"));
        assertThat(answers.get("projectName")).isEqualTo("my-demo");
        assertThat(answers.values()).doesNotContainKey("token");
    }

    @Test
    void failsListingEveryMissingRequiredParameter() {
        AnswerResolver resolver = new AnswerResolver(List.of(required("alpha"), required("beta")), Optional.empty());
        assertThatThrownBy(() -> resolver.resolve(Map.of(), Map.of()))
                .isInstanceOf(ScaffoldException.class)
                .hasMessage("missing required parameters alpha, beta (give them with -P name=value or --answers FILE)")
                .extracting(e -> ((ScaffoldException) e).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void failsOnUnknownParameterSuggestingTheClosest() {
        AnswerResolver resolver = new AnswerResolver(parameters, Optional.empty());
        assertThatThrownBy(() -> resolver.resolve(Map.of("sise", "3"), Map.of()))
                .hasMessageStartingWith("unknown parameter 'sise' in -P; did you mean 'size'?");
        assertThatThrownBy(() -> resolver.resolve(Map.of(), Map.of("colour", "red")))
                .hasMessageStartingWith("unknown parameter 'colour' in the answers file");
    }

    @Test
    void failsOnInvalidValueFromFile() {
        AnswerResolver resolver = new AnswerResolver(parameters, Optional.empty());
        assertThatThrownBy(() -> resolver.resolve(Map.of(), Map.of("size", 99)))
                .hasMessage("invalid value for parameter 'size': '99' (expected a whole number from 1 to 16)");
    }

    @Test
    void promptsShowingTheDefaultAndReasksOnInvalidValues() {
        StringWriter shown = new StringWriter();
        Prompter prompter = new Prompter(new BufferedReader(new StringReader("\n\nlots\n12\n\n\n\n\n\n")), new PrintWriter(shown));
        Answers answers = new AnswerResolver(parameters, Optional.of(prompter)).resolve(Map.of("greeting", "Hi"), Map.of());
        assertThat(answers.get("size")).isEqualTo(12L);
        assertThat(answers.get("greeting")).isEqualTo("Hi");
        assertThat(shown.toString())
                .contains("Project name [my-demo]: ")
                .contains("mode (fast/safe) [fast]: ")
                .contains("token (optional, Enter to skip): ")
                .contains("invalid value for parameter 'size': 'lots'")
                .doesNotContain("greeting");
    }

    @Test
    void failsWhenInputEndsDuringAPrompt() {
        Prompter prompter = new Prompter(new BufferedReader(new StringReader("")), new PrintWriter(new StringWriter()));
        assertThatThrownBy(() -> new AnswerResolver(List.of(required("alpha")), Optional.of(prompter)).resolve(Map.of(), Map.of()))
                .hasMessageContaining("input ended before a value for parameter 'alpha'");
    }
}

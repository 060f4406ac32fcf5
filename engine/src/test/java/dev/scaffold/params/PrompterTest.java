package dev.scaffold.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a person at a terminal sees and types for each question. */
class PrompterTest {

    private final StringWriter shown = new StringWriter();

    private Prompter prompter(String input, Prompter.SecretReader secrets) {
        return new Prompter(new BufferedReader(new StringReader(input)), new PrintWriter(shown, true), secrets);
    }

    @Test
    void showsTheHelpAndWhatIsAllowedBeforeTheQuestion() {
        Parameter compute = new Parameter("computeType", ParameterType.CHOICE, "Batch compute", "What runs @batch steps.",
                "ec2", false, null, null, null, List.of("ec2", "fargate"), null, false);
        assertThat(prompter("fargate\n", null).ask(compute)).isEqualTo("fargate");
        assertThat(shown).hasToString("  What runs @batch steps.\n  allowed: one of ec2, fargate\n"
                + "Batch compute (ec2/fargate) [ec2]: ");
    }

    @Test
    void aListQuestionShowsTheSeparatorAndAnInvalidAnswerIsAskedAgain() {
        Parameter types = new Parameter("instanceTypes", ParameterType.LIST, "Instance types", "Families Batch may launch.",
                List.of("c5"), false, "^[a-z0-9]+$", null, null, List.of(), null, false);
        assertThat(prompter("c5,M5!\nc5,m5\n", null).ask(types)).isEqualTo(List.of("c5", "m5"));
        assertThat(shown.toString())
                .startsWith("  Families Batch may launch.\n  allowed: a comma-separated list, each item matching ^[a-z0-9]+$\n"
                        + "Instance types (comma-separated) [c5]: ")
                .contains("  invalid value for parameter 'instanceTypes': 'c5,M5!'")
                .endsWith("Instance types (comma-separated) [c5]: ");
    }

    @Test
    void readsASecretThroughTheSecretReaderNotTheEchoingInput() {
        Parameter token = new Parameter("token", ParameterType.STRING, "Token", "An API token.", null, true,
                "^[a-z0-9]+$", null, null, List.of(), null, true);
        Deque<String> typed = new ArrayDeque<>(List.of("NOT VALID", "s3cret"));
        assertThat(prompter("echoed\n", typed::poll).ask(token)).isEqualTo("s3cret");
        assertThat(shown.toString()).doesNotContain("s3cret").contains("Token: ");
    }
}

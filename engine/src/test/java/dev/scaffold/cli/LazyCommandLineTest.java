package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.EngineVersion;
import dev.scaffold.Fixtures;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code main} builds only the subcommand its arguments name (issue 14), and behaves as the whole tree does. */
class LazyCommandLineTest {

    private static CliEnvironment environment() {
        return new CliEnvironment(Fixtures::catalog, new BufferedReader(new StringReader("")), false);
    }

    private static String run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args) + ":" + out;
    }

    @Test
    void aLoneVersionBuildsNoSubcommand() {
        CommandLine cli = ScaffoldCli.create(environment(), new String[] {"--version"});
        assertThat(cli.getSubcommands()).containsOnlyKeys("help");
        assertThat(run(cli, "--version")).isEqualTo("0:scaffold " + EngineVersion.get() + System.lineSeparator());
    }

    @Test
    void mainAnswersOnlyALoneVersionWithoutTheParser() {
        assertThat(ScaffoldCli.isLoneVersion(new String[] {"--version"})).isTrue();
        assertThat(ScaffoldCli.isLoneVersion(new String[] {"-V"})).isTrue();
        assertThat(ScaffoldCli.isLoneVersion(new String[] {"list", "--version"})).isFalse();
        assertThat(ScaffoldCli.isLoneVersion(new String[] {"--version", "--verbose"})).isFalse();
        assertThat(ScaffoldCli.isLoneVersion(new String[] {})).isFalse();
    }

    @Test
    void aSubcommandBuildsOnlyItself() {
        assertThat(ScaffoldCli.create(environment(), new String[] {"list"}).getSubcommands())
                .containsOnlyKeys("help", "list");
        assertThat(ScaffoldCli.create(environment(), new String[] {"upgrade", "--help"}).getSubcommands())
                .containsOnlyKeys("help", "upgrade");
    }

    @Test
    void printsWhatTheWholeTreePrints() {
        for (String[] args : new String[][] {{"list"}, {"describe", "demo"}, {"new", "--bogus"}, {"list", "--help"},
                {"--version"}, {"-V"}}) {
            assertThat(run(ScaffoldCli.create(environment(), args), args))
                    .isEqualTo(run(ScaffoldCli.create(environment()), args));
        }
    }

    @Test
    void usageAndHelpStillListEveryCommand() {
        for (String[] args : new String[][] {{}, {"help"}, {"--verbose", "list"}}) {
            assertThat(ScaffoldCli.create(environment(), args).getSubcommands())
                    .containsKeys("list", "describe", "new", "upgrade", "diff", "add", "generate-completion");
        }
    }
}

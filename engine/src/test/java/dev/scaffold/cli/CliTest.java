package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.EngineVersion;
import dev.scaffold.Fixtures;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI through the real {@link CommandLine}, with captured output, against the fixture blueprints. */
class CliTest {

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String input, boolean interactive, String... args) {
        CliEnvironment environment = new CliEnvironment(Fixtures::catalog,
                new BufferedReader(new StringReader(input)), interactive);
        CommandLine cli = ScaffoldCli.create(environment);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int run(String... args) {
        return run("", false, args);
    }

    @Test
    void listsBlueprintsWithVersionKindAndDescription() {
        assertThat(run("list")).isZero();
        assertThat(out.toString())
                .contains("ID     VERSION  KIND     DESCRIPTION")
                .contains("demo   1.2.0    project  A small blueprint")
                .contains("extra  0.3.0    layer    A layer over demo, for the engine's own tests. (layer of demo)");
    }

    @Test
    void describesParameters() {
        assertThat(run("describe", "demo")).isZero();
        assertThat(out.toString())
                .contains("demo 1.2.0 (project)")
                .contains("Layers: extra")
                .contains("  size  integer  default: 4")
                .contains("allowed: a whole number from 1 to 16")
                .contains("  mode  choice  default: fast")
                .contains("allowed: one of fast, safe")
                .contains("  token  string  optional  secret");
    }

    @Test
    void describesALayerAndItsDefaultBase() {
        assertThat(run("describe", "extra")).isZero();
        assertThat(out.toString())
                .contains("Layer of: demo (scaffold new --blueprint demo --with extra)")
                .contains("Asked for alone (--blueprint extra), it composes onto demo.");
    }

    @Test
    void rendersANewProject() {
        Path target = work.resolve("app");
        assertThat(run("new", "--blueprint", "demo", "--with", "extra", "-o", target.toString(),
                "-P", "size=3", "-P", "tags=x,y", "--no-input")).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("Created " + target + " from demo 1.2.0 + extra 0.3.0 (6 files).");
        assertThat(target.resolve("README.md")).content().contains("Size 3");
        assertThat(target.resolve("src/main/java/com/example/demo/MyDemo.java")).content().contains("List.of(\"x\", \"y\")");
        assertThat(target.resolve(".scaffold/provenance.json")).isRegularFile();
    }

    @Test
    void dryRunListsFilesAndWritesNothing() {
        Path target = work.resolve("dry");
        assertThat(run("new", "-b", "demo", "-o", target.toString(), "--dry-run")).isZero();
        assertThat(out.toString())
                .contains("Would create " + target + " from demo 1.2.0 with 5 files:")
                .contains("  scripts/run.sh (executable)")
                .contains("  .scaffold/provenance.json");
        assertThat(target).doesNotExist();
    }

    @Test
    void promptsOnATerminal() {
        Path target = work.resolve("asked");
        String answers = "asked-app\n\n\n\n\n\n\n\n\n";
        assertThat(run(answers, true, "new", "-b", "demo", "-o", target.toString())).isZero();
        assertThat(out.toString()).contains("Project name [my-demo]: ");
        assertThat(target.resolve("src/main/java/com/example/demo/AskedApp.java")).isRegularFile();
    }

    @Test
    void readsAnswersFromAFile() throws Exception {
        Path answers = Files.writeString(work.resolve("answers.yaml"), "size: 7\nmode: safe\n");
        Path target = work.resolve("from-file");
        assertThat(run("new", "-b", "demo", "-o", target.toString(), "--answers", answers.toString())).isZero();
        assertThat(target.resolve("SAFE.md")).isRegularFile();
        assertThat(target.resolve("README.md")).content().contains("Size 7");
    }

    @Test
    void unknownBlueprintIsOneLineWithASuggestionAndExitCode2() {
        assertThat(run("new", "-b", "dem", "-o", work.resolve("x").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: unknown blueprint 'dem'; did you mean 'demo'? (see 'scaffold list')\n");
        assertThat(work.resolve("x")).doesNotExist();
    }

    @Test
    void invalidParameterNamesParameterValueAndAllowedValues() {
        assertThat(run("new", "-b", "demo", "-o", work.resolve("x").toString(), "-P", "mode=turbo")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: invalid value for parameter 'mode': 'turbo' (expected one of fast, safe)\n");
        assertThat(work.resolve("x")).doesNotExist();
    }

    @Test
    void nonEmptyTargetIsRefused() throws Exception {
        Files.createDirectories(work.resolve("taken"));
        Files.writeString(work.resolve("taken/file"), "x");
        assertThat(run("new", "-b", "demo", "-o", work.resolve("taken").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: target directory ").contains("is not empty");
    }

    @Test
    void usageErrorsPointToHelp() {
        assertThat(run("new", "-o", "x")).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("error: Missing required option: '--blueprint=ID[@VERSION]'")
                .contains("Try 'scaffold new --help' for more information.");
    }

    @Test
    void stackTracesOnlyWithVerbose() {
        run("describe", "nope");
        assertThat(err.toString()).doesNotContain("\tat ");
        err.getBuffer().setLength(0);
        assertThat(run("describe", "nope", "--verbose")).isEqualTo(2);
        assertThat(err.toString()).contains("\tat dev.scaffold");
    }

    @Test
    void printsVersionHelpAndCompletion() {
        assertThat(run("--version")).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("scaffold " + EngineVersion.get() + "\n");
        out.getBuffer().setLength(0);
        assertThat(run("new", "--help")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("--blueprint=ID").contains("--dry-run").contains("--no-input");
        out.getBuffer().setLength(0);
        assertThat(run("generate-completion")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("complete -F").contains("scaffold");
        out.getBuffer().setLength(0);
        assertThat(run()).isZero();
        assertThat(out.toString()).contains("Usage: scaffold").contains("list").contains("describe").contains("new");
    }

    @Test
    void addsALayerToAProjectOutsideGitOnlyWhenAskedTo() {
        Path target = work.resolve("plain");
        run("new", "-b", "demo", "-o", target.toString(), "--no-input");
        assertThat(run("add", "extra", "-C", target.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: " + target + " is not in a git repository");
        assertThat(target.resolve("EXTRA.md")).doesNotExist();

        assertThat(run("add", "extra", "-C", target.toString(), "--no-git")).isZero();
        assertThat(out.toString()).contains("demo 1.2.0 + extra 0.3.0").contains("EXTRA.md");
        assertThat(target.resolve("EXTRA.md")).isRegularFile();
    }

    @Test
    void readsBlueprintsFromASourceDirectory() throws Exception {
        try (Stream<Path> ignored = Stream.empty()) {
            assertThat(run("list", "--source", Fixtures.directory().toString())).isZero();
        }
        assertThat(out.toString()).contains("demo");
    }
}

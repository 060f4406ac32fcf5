package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.ExitCodes;
import dev.scaffold.Fixtures;
import dev.scaffold.render.Provenance;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code required: ui} through the real command line: new, describe, and an upgrade that turns the condition on. */
class RequiredWhenCliTest {

    private static final String MANIFEST = """
            id: site
            version: 1.0.0
            kind: project
            description: A site with an optional UI.
            parameters:
              - name: ui
                type: boolean
                help: Serve the UI.
                default: true
              - name: uiDomainName
                type: string
                help: The UI's host name.
                pattern: "^([a-z0-9-]+\\\\.)+[a-z]{2,63}$"
                required: ui
              - name: hostedZoneName
                type: string
                help: The zone of uiDomainName.
                pattern: "^([a-z0-9-]+\\\\.)+[a-z]{2,63}$"
                required: ui
            """;
    private static final String README = "{{#ui}}UI at https://{{uiDomainName}} in {{hostedZoneName}}{{/ui}}{{^ui}}No UI [{{uiDomainName}}]{{/ui}}\n";
    private static final String MISSING = "error: uiDomainName and hostedZoneName are required when ui is true: "
            + "pass -P uiDomainName=... -P hostedZoneName=... (or -P ui=false)\n";

    @TempDir
    Path work;

    private String source;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void catalog() {
        source = Fixtures.blueprint(work.resolve("blueprints"), MANIFEST, "README.md", README).toString();
    }

    private int run(String input, boolean interactive, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = ScaffoldCli.create(new CliEnvironment(Fixtures::catalog,
                new BufferedReader(new StringReader(input)), interactive));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void newFailsBeforeWritingAnythingWithOneLineAndExitCode2() {
        Path target = work.resolve("p");
        assertThat(run("", false, "new", "-b", "site", "-o", target.toString(), "--source", source, "--no-input"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).isEqualTo(MISSING);
        assertThat(target).doesNotExist();
        assertThat(run("\n\n\n", true, "new", "-b", "site", "-o", target.toString(), "--source", source, "--no-input"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).isEqualTo(MISSING);
    }

    @Test
    void newRendersWithTheValuesOrWithTheConditionOff() throws Exception {
        Path withUi = work.resolve("ui");
        assertThat(run("", false, "new", "-b", "site", "-o", withUi.toString(), "--source", source,
                "-P", "uiDomainName=metaflow.acme.io", "-P", "hostedZoneName=acme.io")).as(err.toString()).isZero();
        assertThat(withUi.resolve("README.md")).hasContent("UI at https://metaflow.acme.io in acme.io");
        Path noUi = work.resolve("no-ui");
        assertThat(run("", false, "new", "-b", "site", "-o", noUi.toString(), "--source", source, "-P", "ui=false"))
                .as(err.toString()).isZero();
        assertThat(noUi.resolve("README.md")).hasContent("No UI []");
        assertThat(Provenance.read(noUi).answers()).containsOnlyKeys("ui");
    }

    @Test
    void thePromptAsksUntilItGetsThem() {
        Path target = work.resolve("asked");
        assertThat(run("\n\nmetaflow.acme.io\nacme.io\n", true, "new", "-b", "site", "-o", target.toString(), "--source", source))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("a value is required when ui").doesNotContain("optional");
        assertThat(target.resolve("README.md")).hasContent("UI at https://metaflow.acme.io in acme.io");
    }

    @Test
    void describeSaysRequiredWhen() {
        assertThat(run("", false, "describe", "site", "--source", source)).isZero();
        assertThat(out.toString())
                .contains("  ui  boolean  default: true")
                .contains("  uiDomainName  string  required when ui")
                .contains("  hostedZoneName  string  required when ui");
    }

    @Test
    void upgradeTurningTheConditionOnRequiresThem() throws Exception {
        Path project = work.resolve("p");
        assertThat(run("", false, "new", "-b", "site", "-o", project.toString(), "--source", source, "-P", "ui=false"))
                .as(err.toString()).isZero();
        assertThat(run("", false, "upgrade", project.toString(), "--no-git", "--source", source, "-P", "ui=true"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).isEqualTo(MISSING);
        assertThat(project.resolve("README.md")).hasContent("No UI []");
        assertThat(Provenance.read(project).answers()).containsEntry("ui", false);

        assertThat(run("", false, "upgrade", project.toString(), "--no-git", "--source", source, "-P", "ui=true",
                "-P", "uiDomainName=metaflow.acme.io", "-P", "hostedZoneName=acme.io")).as(err.toString()).isZero();
        assertThat(Files.readString(project.resolve("README.md"))).isEqualTo("UI at https://metaflow.acme.io in acme.io\n");
        assertThat(Provenance.read(project).answers()).containsEntry("ui", true).containsEntry("hostedZoneName", "acme.io");
    }
}

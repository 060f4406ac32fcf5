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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code when:} and {@code rules:} through the real command line: new, prompts, and an upgrade that adds them. */
class WhenCliTest {

    static final String PARAMETERS = """
            parameters:
              - name: computeType
                type: choice
                help: What runs jobs.
                default: ec2
                choices: [ec2, fargate]
              - name: instanceTypes
                type: list
                help: Instance families.
                default: [c5]
                pattern: "^[a-z0-9.]+$"
              - name: zones
                type: integer
                help: Availability zones.
                default: 2
              - name: nats
                type: integer
                help: NAT gateways.
                default: 1
            """;
    static final String V1 = "id: site\nversion: 1.0.0\nkind: project\ndescription: Jobs.\n" + PARAMETERS;
    static final String V2 = V1.replace("1.0.0", "1.1.0")
            .replace("    default: [c5]\n", "    default: [c5]\n    when: computeType == 'ec2'\n")
            + """
            rules:
              - condition: nats <= zones
                message: at most one NAT gateway per zone.
            """;
    static final String README = "{{computeType}}{{#instanceTypes}} {{.}}{{/instanceTypes}}\n";

    @TempDir
    Path work;

    private String source;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void catalog() {
        source = Fixtures.blueprint(work.resolve("blueprints"), V2, "README.md", README).toString();
    }

    /** A catalog of version 1.0.0 alone, then 1.1.0 with 1.0.0 archived, as {@code just archive} leaves it. */
    private void onlyVersion1ThenRelease2(Runnable withVersion1) throws Exception {
        Path root = Path.of(source);
        Files.writeString(root.resolve("bp/blueprint.yaml"), V1);
        withVersion1.run();
        Path archived = root.resolve(".archive/site/1.0.0");
        Files.createDirectories(archived.resolve("template"));
        Files.writeString(archived.resolve("blueprint.yaml"), V1);
        Files.writeString(archived.resolve("template/README.md"), README);
        Files.writeString(root.resolve("bp/blueprint.yaml"), V2);
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

    private int renderNew(Path target, String... parameters) {
        List<String> args = new ArrayList<>(List.of("new", "-b", "site", "-o", target.toString(), "--source", source));
        for (String parameter : parameters) {
            args.add("-P");
            args.add(parameter);
        }
        return run("", false, args.toArray(String[]::new));
    }

    @Test
    void aParameterThatDoesNotApplyIsNotRecordedNorSeenByTemplates() throws Exception {
        Path target = work.resolve("fargate");
        assertThat(renderNew(target, "computeType=fargate")).as(err.toString()).isZero();
        assertThat(target.resolve("README.md")).hasContent("fargate");
        assertThat(Provenance.read(target).answers()).containsOnlyKeys("computeType", "zones", "nats");
        Path ec2 = work.resolve("ec2");
        assertThat(renderNew(ec2, "instanceTypes=m5,r5")).as(err.toString()).isZero();
        assertThat(ec2.resolve("README.md")).hasContent("ec2 m5 r5");
    }

    @Test
    void givingOneThatDoesNotApplyIsExit2NamingTheCondition() throws Exception {
        Path target = work.resolve("p");
        assertThat(renderNew(target, "computeType=fargate", "instanceTypes=m5")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).isEqualTo(
                "error: instanceTypes applies only when computeType is ec2: drop -P instanceTypes=...\n");
        assertThat(target).doesNotExist();
        Path answers = Files.writeString(work.resolve("answers.yaml"), "computeType: fargate\ninstanceTypes: [m5]\n");
        assertThat(run("", false, "new", "-b", "site", "-o", target.toString(), "--source", source,
                "--answers", answers.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).isEqualTo(
                "error: instanceTypes applies only when computeType is ec2: remove it from the answers file\n");
        assertThat(target).doesNotExist();
    }

    @Test
    void aBrokenRuleIsExit2OnOneLineNamingTheParametersAndNothingIsWritten() {
        Path target = work.resolve("p");
        assertThat(renderNew(target, "zones=2", "nats=3")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).isEqualTo(
                "error: nats=3, zones=2 break the rule nats <= zones: at most one NAT gateway per zone.\n");
        assertThat(target).doesNotExist();
    }

    @Test
    void thePromptSkipsWhatDoesNotApply() {
        Path target = work.resolve("asked");
        assertThat(run("fargate\n\n\n", true, "new", "-b", "site", "-o", target.toString(), "--source", source))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("  What runs jobs.\n  allowed: one of ec2, fargate\ncomputeType (ec2/fargate) [ec2]: ")
                .doesNotContain("instanceTypes").doesNotContain("Instance families");
        assertThat(target.resolve("README.md")).hasContent("fargate");
    }

    @Test
    void upgradeDropsRecordedAnswersThatNoLongerApplyWithANote() throws Exception {
        Path project = work.resolve("p");
        onlyVersion1ThenRelease2(() -> assertThat(renderNew(project, "computeType=fargate")).as(err.toString()).isZero());
        assertThat(Provenance.read(project).answers()).containsKey("instanceTypes");
        assertThat(run("", false, "upgrade", project.toString(), "--no-git", "--source", source, "--dry-run", "--format", "json"))
                .as(err.toString()).isZero();
        assertThat(out.toString().replaceAll("\\s+", " "))
                .contains("\"droppedAnswers\" : [ \"instanceTypes applies only when computeType is ec2\" ]");
        assertThat(run("", false, "upgrade", project.toString(), "--no-git", "--source", source)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("note: dropped the recorded answer: instanceTypes applies only when computeType is ec2");
        assertThat(Provenance.read(project).answers()).doesNotContainKey("instanceTypes");
        assertThat(project.resolve("README.md")).hasContent("fargate");
    }

    @Test
    void upgradeAsksForAParameterThatBecomesApplicable() throws Exception {
        Path project = work.resolve("p");
        assertThat(renderNew(project, "computeType=fargate")).as(err.toString()).isZero();
        assertThat(run("m5\n", true, "upgrade", project.toString(), "--no-git", "--source", source, "-P", "computeType=ec2"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("instanceTypes");
        assertThat(project.resolve("README.md")).hasContent("ec2 m5");
        assertThat(Provenance.read(project).answers()).containsEntry("instanceTypes", List.of("m5"));
    }

    @Test
    void describeSaysWhenAParameterAppliesAndListsTheRules() {
        assertThat(run("", false, "describe", "site", "--source", source)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("  instanceTypes  list  default: c5\n      Instance families.\n"
                        + "      allowed: a comma-separated list, each item matching ^[a-z0-9.]+$\n"
                        + "      only when: computeType == 'ec2'\n")
                .contains("Rules (checked before anything is written):\n  nats <= zones: at most one NAT gateway per zone.\n");
    }

    @Test
    void anotherProjectsProvenanceAsAnswersFileLosesOnlyWhatDoesNotApplyWithANote() throws Exception {
        Path old = work.resolve("old");
        onlyVersion1ThenRelease2(() -> assertThat(renderNew(old, "computeType=fargate")).as(err.toString()).isZero());
        Path fresh = work.resolve("fresh");
        assertThat(run("", false, "new", "-b", "site", "-o", fresh.toString(), "--source", source,
                "--answers", old.resolve(".scaffold/provenance.json").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("note: ignored the recorded answer: instanceTypes applies only when computeType is ec2");
        assertThat(Provenance.read(fresh).answers()).containsEntry("computeType", "fargate").doesNotContainKey("instanceTypes");
    }
}

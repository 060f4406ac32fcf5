package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.scaffold.ExitCodes;
import dev.scaffold.Fixtures;
import dev.scaffold.catalog.Catalog;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code scaffold export backstage}: the template parsed back, its form step compared with what
 * {@code describe --format json-schema} prints, its steps and outputs as Backstage's "Writing Templates"
 * and "Builtin actions" name them.
 */
class ExportBackstageCliTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path work;

    private int run(boolean bundled, String... args) {
        CommandLine cli = ScaffoldCli.create(new CliEnvironment(bundled ? Catalog::bundled : Fixtures::catalog,
                new BufferedReader(new StringReader("")), false, work));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String output(boolean bundled, String... args) {
        out.getBuffer().setLength(0);
        assertThat(run(bundled, args)).as(err.toString()).isZero();
        return out.toString();
    }

    /** A form step without the ui: hints the export adds. */
    private static JsonNode withoutUiHints(JsonNode step) {
        ObjectNode copy = step.deepCopy();
        copy.path("properties").forEach(property -> {
            List<String> hints = new ArrayList<>();
            property.fieldNames().forEachRemaining(name -> {
                if (name.startsWith("ui:")) {
                    hints.add(name);
                }
            });
            ((ObjectNode) property).remove(hints);
        });
        return copy;
    }

    @Test
    void writesATemplateWhoseFormIsTheBlueprintsJsonSchema() throws Exception {
        ObjectNode schema = (ObjectNode) JSON.readTree(output(true, "describe", "enterprise", "--with", "step-functions",
                "--format", "json-schema"));
        JsonNode template = YAML.readTree(output(true, "export", "backstage", "-b", "enterprise", "--with", "step-functions"));

        assertThat(template.path("apiVersion").asText()).isEqualTo("scaffolder.backstage.io/v1beta3");
        assertThat(template.path("kind").asText()).isEqualTo("Template");
        assertThat(template.path("metadata").path("name").asText()).isEqualTo("scaffold-enterprise-step-functions");
        assertThat(template.path("metadata").path("title").asText()).isEqualTo(schema.path("title").asText());
        assertThat(template.path("metadata").path("description").asText()).startsWith("Metaflow in a dedicated");
        assertThat(template.path("metadata").path("tags")).extracting(JsonNode::asText)
                .containsExactly("scaffold", "enterprise", "step-functions");
        JsonNode spec = template.path("spec");
        assertThat(spec.path("owner").asText()).isEqualTo("group:default/platform-team");
        assertThat(spec.path("type").asText()).isEqualTo("service");

        JsonNode form = spec.path("parameters").get(0);
        schema.remove("$schema"); // Backstage's draft-07 form validator refuses the 2020-12 meta-schema
        assertThat(withoutUiHints(form)).isEqualTo(schema);
        schema.path("properties").properties().forEach(property -> assertThat(form.path("properties")
                .path(property.getKey()).path("ui:help").asText()).isEqualTo(property.getValue().path("description").asText()));
        assertThat(form.findValues("ui:widget")).as("no secret in enterprise").isEmpty();
        JsonNode repository = spec.path("parameters").get(1);
        assertThat(repository.path("required")).extracting(JsonNode::asText).containsExactly("repoUrl");
        assertThat(repository.path("properties").path("repoUrl").path("ui:field").asText()).isEqualTo("RepoUrlPicker");
        assertThat(repository.at("/properties/repoUrl/ui:options/allowedHosts/0").asText()).isEqualTo("github.com");
        assertThat(spec.path("parameters")).hasSize(2);
    }

    @Test
    void runsScaffoldNewThenPublishesAndRegisters() throws Exception {
        JsonNode spec = YAML.readTree(output(true, "export", "backstage", "-b", "enterprise", "--with", "step-functions",
                "--owner", "group:default/data-platform")).path("spec");
        Catalog bundled = Catalog.bundled();

        assertThat(spec.path("owner").asText()).isEqualTo("group:default/data-platform");
        assertThat(spec.path("steps")).extracting(step -> step.path("id").asText() + " " + step.path("action").asText())
                .containsExactly("scaffold scaffold:new", "publish publish:github", "register catalog:register");
        JsonNode scaffold = spec.path("steps").get(0).path("input");
        assertThat(scaffold.has("source")).as("the jar's bundled blueprints").isFalse();
        assertThat(scaffold.path("blueprint").asText()).isEqualTo("enterprise@" + bundled.resolve("enterprise").version());
        assertThat(scaffold.path("layers")).extracting(JsonNode::asText)
                .containsExactly("step-functions@" + bundled.resolve("step-functions").version());
        JsonNode answers = scaffold.path("answers");
        List<String> names = new ArrayList<>();
        spec.path("parameters").get(0).path("properties").fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("projectName", "uiDomainName", "oidcIssuer");
        assertThat(JSON.convertValue(answers, Map.class)).hasSize(names.size());
        names.forEach(name -> assertThat(answers.path(name).asText()).isEqualTo("${{ parameters." + name + " }}"));

        JsonNode publish = spec.path("steps").get(1).path("input");
        assertThat(publish.path("repoUrl").asText()).isEqualTo("${{ parameters.repoUrl }}");
        JsonNode register = spec.path("steps").get(2).path("input");
        assertThat(register.path("repoContentsUrl").asText()).isEqualTo("${{ steps['publish'].output.repoContentsUrl }}");
        assertThat(register.path("catalogInfoPath").asText()).isEqualTo("/catalog-info.yaml");
        JsonNode links = spec.path("output").path("links");
        assertThat(links.get(0).path("url").asText()).isEqualTo("${{ steps['publish'].output.remoteUrl }}");
        assertThat(links.get(1).path("entityRef").asText()).isEqualTo("${{ steps['register'].output.entityRef }}");
    }

    @Test
    void passesASourceDirectoryAsAnAbsolutePath() throws Exception {
        String relative = work.relativize(Fixtures.directory()).toString();
        JsonNode scaffold = YAML.readTree(output(true, "export", "backstage", "-b", "demo", "--source", relative))
                .at("/spec/steps/0/input");

        assertThat(scaffold.path("source").asText()).isEqualTo(Fixtures.directory().toString());
        assertThat(scaffold.path("blueprint").asText()).isEqualTo("demo@1.2.0");
    }

    @Test
    void makesASecretAPasswordField() throws Exception {
        JsonNode form = YAML.readTree(output(false, "export", "backstage", "-b", "demo"))
                .path("spec").path("parameters").get(0).path("properties");

        assertThat(form.path("token").path("writeOnly").asBoolean()).isTrue();
        assertThat(form.path("token").path("ui:widget").asText()).isEqualTo("password");
        assertThat(form.findParents("ui:widget")).hasSize(1);
    }

    @Test
    void writesTheFileGivenWithOutput() throws Exception {
        String printed = output(false, "export", "backstage", "-b", "demo", "--with", "extra");
        output(false, "export", "backstage", "-b", "demo", "--with", "extra", "-o", "template.yaml");

        assertThat(out.toString()).contains("Wrote template.yaml");
        assertThat(Files.readString(work.resolve("template.yaml"))).isEqualTo(printed);
    }

    @Test
    void refusesAnUnknownBlueprintInOneLineWritingNothing() throws Exception {
        assertThat(run(false, "export", "backstage", "-b", "nope", "-o", "template.yaml")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).startsWith("error: ").contains("nope");
        assertThat(err.toString().strip().lines()).hasSize(1);
        try (var files = Files.list(work)) {
            assertThat(files).isEmpty();
        }
    }
}

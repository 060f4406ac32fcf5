package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import dev.scaffold.ExitCodes;
import dev.scaffold.Fixtures;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.params.FormSchema;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@code scaffold describe ID [--with LAYER] --format json-schema} on the fixtures and every bundled
 * composition; {@code describe --format json} and {@code list --format json}.
 */
class DescribeSchemaCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema META = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of(FormSchema.DIALECT));

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(boolean bundled, String... args) {
        CommandLine cli = ScaffoldCli.create(new CliEnvironment(bundled ? Catalog::bundled : Fixtures::catalog,
                new BufferedReader(new StringReader("")), false));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void printsTheWholeCompositionAsOneSchema() throws Exception {
        assertThat(run(true, "describe", "demo", "--with", "extra", "--format", "json-schema",
                "--source", Fixtures.directory().toString())).as(err.toString()).isZero();
        JsonNode schema = JSON.readTree(out.toString());
        assertThat(schema.path("$schema").asText()).isEqualTo(FormSchema.DIALECT);
        assertThat(schema.path("title").asText()).isEqualTo("demo 1.2.0 + extra 0.3.0");
        assertThat(schema.path("properties").has("extraName")).isTrue();
        assertThat(schema.path("properties").path("size").path("maximum").asInt()).isEqualTo(16);
        assertThat(META.validate(schema)).isEmpty();
    }

    @Test
    void refusesAnUnknownFormat() {
        assertThat(run(false, "describe", "demo", "--format", "yaml")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("--format must be text, json or json-schema, not 'yaml'");
    }

    @Test
    void describesAndListsAsJson() throws Exception {
        assertThat(run(true, "describe", "enterprise", "--format", "json")).as(err.toString()).isZero();
        JsonNode enterprise = JSON.readTree(out.toString());
        assertThat(enterprise.path("layers").get(0).asText()).isEqualTo("step-functions");
        JsonNode issuer = null;
        for (JsonNode parameter : enterprise.path("parameters")) {
            if (parameter.path("name").asText().equals("oidcIssuer")) {
                issuer = parameter;
            }
        }
        assertThat(issuer).isNotNull();
        assertThat(issuer.path("when").asText()).isEqualTo("uiAuthentication == 'oidc'");
        assertThat(issuer.path("requirement").asText()).isEqualTo("required");
        assertThat(enterprise.path("rules").findValuesAsText("condition")).contains("natGateways <= availabilityZones");

        out.getBuffer().setLength(0);
        assertThat(run(true, "list", "--format", "json")).as(err.toString()).isZero();
        assertThat(JSON.readTree(out.toString()).findValuesAsText("id")).contains("hobbyist", "enterprise", "step-functions");
        assertThat(JSON.readTree(out.toString()).findValuesAsText("defaultBase")).containsExactly("hobbyist");
    }

    @ParameterizedTest
    @CsvSource({"hobbyist,", "enterprise,", "hobbyist,step-functions", "enterprise,step-functions"})
    void everyBundledCompositionIsValidJsonSchema(String blueprint, String layer) throws Exception {
        int code = layer == null ? run(true, "describe", blueprint, "--format", "json-schema")
                : run(true, "describe", blueprint, "--with", layer, "--format", "json-schema");
        assertThat(code).as(err.toString()).isZero();
        assertThat(META.validate(JSON.readTree(out.toString()))).isEmpty();
    }
}

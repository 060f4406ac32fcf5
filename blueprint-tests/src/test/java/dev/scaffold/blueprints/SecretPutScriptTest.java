package dev.scaffold.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.render.RenderedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code scripts/secret-put} (behind {@code just secret-put NAME}) against a stand-in
 * {@code aws} on PATH (src/test/resources/dev/scaffold/blueprints/secret-put/aws) that answers like
 * a deployed stack mf-test in eu-west-1 and keeps the secrets it is given. The value must be what
 * Metaflow's AWS Secrets Manager provider reads by default: a JSON object whose keys become
 * environment variables (Netflix/metaflow metaflow/plugins/aws/secrets_manager/
 * aws_secrets_manager_secrets_provider.py, get_secret_as_dict; metaflow/plugins/secrets/utils.py,
 * validate_env_vars).
 */
class SecretPutScriptTest {

    private static byte[] script;

    @TempDir
    Path work;

    private Path store;

    @BeforeAll
    static void render() throws Exception {
        Python.interpreter(); // skips these tests without python3
        RenderedFile rendered = Render.project("hobbyist", List.of(), Map.of("stackName", "mf-test"), Path.of("unused"),
                false).files().stream().filter(file -> file.path().equals("scripts/secret-put")).findFirst().orElseThrow();
        assertThat(rendered.executable()).isTrue();
        script = rendered.content();
    }

    @BeforeEach
    void standIn() throws Exception {
        Files.write(work.resolve("secret-put"), script);
        Path aws = Files.createDirectories(work.resolve("bin")).resolve("aws");
        try (InputStream in = SecretPutScriptTest.class.getResourceAsStream("/dev/scaffold/blueprints/secret-put/aws")) {
            Files.writeString(aws, new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("^#!/usr/bin/env python3", "#!" + Python.interpreter()));
        }
        assertThat(aws.toFile().setExecutable(true)).isTrue();
        store = Files.createDirectories(work.resolve("store"));
    }

    @Test
    void createsTheSecretUnderTheStacksPrefixWithTheStacksTagsAndNeverOnACommandLine() throws Exception {
        Result result = run("{\"DB_PASSWORD\": \"s3cr3t-value\", \"DB_PORT\": 5432}\n", "", "db");

        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.output()).isEqualTo("created metaflow/mf-test/db in eu-west-1;"
                + " use it with @secrets(sources=[\"metaflow/mf-test/db\"])\n");
        assertThat(Files.readString(store.resolve("metaflow%mf-test%db")))
                .isEqualTo("{\"DB_PASSWORD\": \"s3cr3t-value\", \"DB_PORT\": 5432}");
        List<String> calls = calls();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).isEqualTo("aws cloudformation describe-stacks --stack-name mf-test --output json");
        assertThat(calls.get(1)).startsWith("aws secretsmanager create-secret --name metaflow/mf-test/db"
                + " --secret-string file://").contains(
                "--tags [{\"Key\": \"team\", \"Value\": \"ml\"}, {\"Key\": \"env\", \"Value\": \"prod\"}]");
        assertThat(calls).noneMatch(call -> call.contains("s3cr3t-value"));
        // The private temporary file is gone.
        String file = calls.get(1).replaceFirst(".*--secret-string file://(\\S+).*", "$1");
        assertThat(Path.of(file)).doesNotExist();
    }

    @Test
    void storesANewVersionWhenTheSecretExistsAndReadsAFile() throws Exception {
        Files.writeString(store.resolve("metaflow%mf-test%team%warehouse"), "{\"TOKEN\": \"old\"}");
        Path value = Files.writeString(work.resolve("value.json"), "{\"TOKEN\": \"new\"}");

        Result result = run("", "", "team/warehouse", "--file", value.toString(), "--region", "eu-west-1");

        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.output()).startsWith("updated metaflow/mf-test/team/warehouse in eu-west-1;");
        assertThat(Files.readString(store.resolve("metaflow%mf-test%team%warehouse"))).isEqualTo("{\"TOKEN\": \"new\"}");
        assertThat(calls()).hasSize(3).last().asString().startsWith("aws secretsmanager put-secret-value"
                + " --secret-id metaflow/mf-test/team/warehouse --secret-string file://").endsWith("--region eu-west-1");
    }

    @Test
    void refusesNamesAndValuesMetaflowCouldNotUseBeforeCallingAws() throws Exception {
        assertRefused("db.prod", "{\"A\": \"1\"}", "error: secret name 'db.prod' may hold letters, digits, / and _+=@-"
                + " only (no dot: Metaflow reads a.b as backend a, secret b)");
        assertRefused("db", "s3cr3t", "error: the value must be a non-empty JSON object such as"
                + " {\"DB_PASSWORD\": \"...\"}: @secrets turns each key into an environment variable");
        assertRefused("db", "[1, 2]", "error: the value must be a non-empty JSON object");
        assertRefused("db", "{\"METAFLOW_USER\": \"x\"}", "error: key 'METAFLOW_USER' does not make an environment"
                + " variable Metaflow allows (letters, digits, _; not starting with a digit or METAFLOW_)");
        assertRefused("db", "{\"1KEY\": \"x\"}", "error: key '1KEY' does not make an environment variable");
        assertRefused("db", "{\"KEY\": {\"nested\": 1}}", "error: the value of 'KEY' must be a string, number or boolean");
        assertThat(calls()).isEmpty();
    }

    @Test
    void saysWhenSecretsAreOffTheStackIsMissingOrTheSecretIsBeingDeleted() throws Exception {
        Result off = run("{\"A\": \"1\"}", "secrets-off", "db");
        Result missing = run("{\"A\": \"1\"}", "no-stack", "db");
        Result deleting = run("{\"A\": \"1\"}", "deleting", "db");

        assertThat(off.code()).isEqualTo(1);
        assertThat(off.output()).isEqualTo("error: stack mf-test in eu-west-1 has no SecretsPrefix output: @secrets is"
                + " off (SecretsOptions in MetaflowApp); turn it on and deploy first\n");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.output()).startsWith("error: cannot read stack mf-test (An error occurred (ValidationError)")
                .endsWith("; deploy it with just deploy, or pass --stack-name / --region\n");
        assertThat(deleting.code()).isEqualTo(1);
        assertThat(deleting.output()).isEqualTo("error: metaflow/mf-test/db is scheduled for deletion; restore it with"
                + " aws secretsmanager restore-secret --secret-id metaflow/mf-test/db, then run this again\n");
        assertThat(store.toFile().list()).isEmpty();
    }

    private void assertRefused(String name, String value, String message) throws Exception {
        Result result = run(value, "", name);
        assertThat(result.code()).as(result.output()).isEqualTo(2);
        assertThat(result.output()).startsWith(message).hasLineCount(1);
    }

    private Result run(String stdin, String breakages, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Python.interpreter(), "-S", work.resolve("secret-put").toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(work.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        builder.environment().put("PATH", work.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("SECRET_PUT_LOG", work.resolve("calls.log").toString());
        builder.environment().put("SECRET_PUT_STORE", store.toString());
        builder.environment().put("SECRET_PUT_BREAK", breakages);
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private List<String> calls() throws IOException {
        Path log = work.resolve("calls.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    private record Result(int code, String output) {
    }
}

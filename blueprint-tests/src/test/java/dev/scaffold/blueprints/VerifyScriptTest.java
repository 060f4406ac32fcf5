package dev.scaffold.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.render.RenderedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code scripts/verify} against stand-in {@code aws} and {@code curl} executables on
 * PATH (src/test/resources/dev/scaffold/blueprints/verify) that answer like a deployed stack named
 * mf-test in eu-west-1: healthy, then with one breakage each ({@code VERIFY_BREAK}). A stand-in
 * {@code metaflow} package, put on PYTHONPATH when a test wants Metaflow installed, reads the config
 * as Netflix/metaflow {@code metaflow/metaflow_config_funcs.py} does and records flow runs.
 */
class VerifyScriptTest {

    private static final String RESOURCES = "/dev/scaffold/blueprints/verify/";
    private static final String API = "https://abc123.execute-api.eu-west-1.amazonaws.com";
    private static final Map<String, List<RenderedFile>> RENDERED = new ConcurrentHashMap<>();

    @TempDir
    Path work;

    private Path script;
    private Path home;
    private Path log;

    @BeforeEach
    void renderAndStandIn() throws Exception {
        RenderedFile verify = rendered("hobbyist", "scripts/verify");
        assertThat(verify.executable()).isTrue();
        script = work.resolve("verify");
        Files.write(script, verify.content());
        List<String> standIns = List.of("aws", "curl", "deployment.py", "metaflow/__init__.py",
                "metaflow/metaflow_config.py");
        for (String file : standIns) {
            Path target = work.resolve(file.startsWith("metaflow/") ? "stubs/" + file : "bin/" + file);
            Files.createDirectories(target.getParent());
            try (InputStream in = VerifyScriptTest.class.getResourceAsStream(RESOURCES + file)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                // The interpreter itself, not a pyenv shim: fast, and it leaves PATH alone.
                Files.writeString(target, text.replaceFirst("^#!/usr/bin/env python3", "#!" + Python.interpreter()));
            }
            target.toFile().setExecutable(!file.endsWith(".py"));
        }
        home = Files.createDirectories(work.resolve("home"));
        log = work.resolve("calls.log");
    }

    private static RenderedFile rendered(String blueprint, String path) {
        List<String> layers = blueprint.equals("enterprise") ? List.of("step-functions") : List.of();
        // The UI needs a hosted zone; it changes neither the script nor the Justfile.
        Map<String, String> parameters = blueprint.equals("enterprise")
                ? Map.of("stackName", "mf-test", "ui", "false") : Map.of("stackName", "mf-test");
        return RENDERED.computeIfAbsent(blueprint, id -> Render.project(id, layers, parameters, Path.of("unused"), false)
                .files()).stream().filter(file -> file.path().equals(path)).findFirst().orElseThrow();
    }

    /** Writes the config that scripts/metaflow-config writes for the stand-in stack, with this API key. */
    private Path writeConfig(String name, String apiKey) throws Exception {
        Path config = home.resolve(name);
        python(List.of("-c", "import json, sys, deployment; c = deployment.config();"
                + " c['METAFLOW_SERVICE_AUTH_KEY'] = sys.argv[2]; json.dump(c, open(sys.argv[1], 'w'))",
                config.toString(), apiKey), Map.of("PYTHONPATH", work.resolve("bin").toString()), true);
        return config;
    }

    private Result verify(String breakages, boolean metaflowInstalled, Map<String, String> env, String... args)
            throws Exception {
        List<String> command = new ArrayList<>(List.of("-S", script.toString()));
        command.addAll(Arrays.asList(args));
        Map<String, String> environment = new HashMap<>(env);
        environment.put("VERIFY_BREAK", breakages);
        environment.put("PATH", work.resolve("bin") + ":" + System.getenv("PATH"));
        if (metaflowInstalled) {
            environment.put("PYTHONPATH", work.resolve("stubs").toString());
        }
        return python(command, environment, false);
    }

    /** Runs the real interpreter, not a pyenv shim, which would put its own bin (and its aws) first on PATH. */
    private Result python(List<String> args, Map<String, String> env, boolean mustSucceed) throws Exception {
        List<String> command = new ArrayList<>(List.of(Python.interpreter()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(work.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("METAFLOW_") || name.startsWith("AWS_")
                || name.equals("PYTHONPATH"));
        builder.environment().put("METAFLOW_HOME", home.toString());
        builder.environment().put("VERIFY_LOG", log.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Result result = new Result(process.exitValue(), output);
        assertThat(!mustSucceed || result.code() == 0).as(result.output()).isTrue();
        return result;
    }


    private record Result(int code, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private List<String> calls() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Test
    void passesEveryCheckOfAHealthyStack() throws Exception {
        Path config = writeConfig("config.json", "the-api-key-value");

        Result result = verify("", true, Map.of());

        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.lines()).containsExactly(
                "ok      stack mf-test in eu-west-1 is UPDATE_COMPLETE",
                "ok      metadata API answers " + API + "/ping with the API key",
                "ok      metadata API refuses requests without the key or with a wrong one",
                "ok      metadata service version 2.5.1 (METADATA_SERVICE_VERSION header, at least 2.0.2)",
                "ok      metadata service reaches its database (/healthcheck: UP)",
                "ok      job queue mf-default is VALID and ENABLED",
                "ok      job queue mf-spot is VALID and ENABLED",
                "ok      compute environment mf-ondemand is VALID and ENABLED",
                "ok      compute environment mf-spot is VALID and ENABLED",
                "ok      Step Functions role mf-test-StateMachineRole exists and trusts states.amazonaws.com",
                "ok      EventBridge role mf-test-EventBridgeRole exists and trusts events.amazonaws.com",
                "ok      DynamoDB table mf-test-Table (foreach joins) is ACTIVE",
                "ok      UI https://metaflow.example.com redirects to sign-in at"
                        + " metaflow-123456789012.auth.eu-west-1.amazoncognito.com",
                "ok      Metaflow config " + config + " matches the stack",
                "ok      Metaflow reads " + config,
                "skipped hello flow on AWS Batch: pass --run-flow to run one",
                "all checks passed");
        // The rendered default stack name is used, and the API key never appears on a command line.
        assertThat(calls()).contains("aws cloudformation describe-stacks --stack-name mf-test --output json")
                .noneMatch(call -> call.contains("the-api-key-value"));
    }

    @Test
    void reportsAnInvalidQueueAndADisabledComputeEnvironment() throws Exception {
        writeConfig("config.json", "the-api-key-value");

        Result result = verify("queue-invalid,compute-disabled", true, Map.of());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.lines()).contains(
                "ok      job queue mf-default is VALID and ENABLED",
                "FAILED  job queue mf-spot is INVALID (CLIENT_ERROR - compute environment is INVALID);"
                        + " fix that cause, then redeploy with just deploy",
                "FAILED  compute environment mf-ondemand is DISABLED; enable it: aws batch"
                        + " update-compute-environment --compute-environment mf-ondemand --state ENABLED",
                "ok      compute environment mf-spot is VALID and ENABLED",
                "2 check(s) failed");
    }

    @Test
    void failsWhenTheApiAnswersWithoutAKey() throws Exception {
        writeConfig("config.json", "the-api-key-value");

        Result result = verify("no-auth", true, Map.of());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.lines()).contains("FAILED  metadata API accepts requests without a key (200) and with a wrong"
                + " key (200): anyone can read and write your metadata; the API key authorizer is missing or broken:"
                + " redeploy with just deploy", "1 check(s) failed");
    }

    // Metaflow reads METADATA_SERVICE_VERSION from /ping (Netflix/metaflow
    // metaflow/plugins/metadata_providers/service.py, _version) and step-functions create refuses a
    // missing or older-than-2.0.2 value (metaflow/plugins/aws/step_functions/step_functions_cli.py,
    // check_metadata_service_version); Netflix/metaflow-service api/admin.py sends it on /ping.
    @Test
    void failsWithoutAVersionHeaderOrWithAServiceOlderThanStepFunctionsNeeds() throws Exception {
        writeConfig("config.json", "the-api-key-value");

        Result missing = verify("no-version", true, Map.of());
        Result old = verify("old-version", true, Map.of());

        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.lines()).contains("FAILED  " + API + "/ping has no METADATA_SERVICE_VERSION header: Metaflow"
                + " then takes the service for an old one and step-functions create fails; something between you and"
                + " the service drops the header; test the service directly");
        assertThat(old.code()).isEqualTo(1);
        assertThat(old.lines()).contains("FAILED  metadata service 2.0.1 is older than 2.0.2, which step-functions"
                + " create needs; raise metadataServiceImageTag, deploy, then upgrade the database schema");
    }

    // Netflix/metaflow-service services/metadata_service/api/admin.py: /healthcheck runs SELECT 1 and
    // answers 200 {"status": "UP"}, else 500; /ping answers "pong" without touching the database.
    @Test
    void failsWhenTheServiceCannotReachItsDatabase() throws Exception {
        writeConfig("config.json", "the-api-key-value");

        Result result = verify("db-down", true, Map.of());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.lines()).contains("ok      metadata API answers " + API + "/ping with the API key",
                "FAILED  metadata service cannot use its database (/healthcheck answers 500); check the database's"
                        + " status in RDS and the service's logs (ECS console, stack mf-test, region eu-west-1)");
    }

    // ALB authenticate actions redirect a request without a session cookie to the IdP's authorization
    // endpoint (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html).
    @Test
    void failsWhenTheUiAnswersWithoutSignIn() throws Exception {
        writeConfig("config.json", "the-api-key-value");

        Result result = verify("ui-open", true, Map.of());

        assertThat(result.lines()).contains(
                "FAILED  UI https://metaflow.example.com answers 200 without sign-in; redeploy with just deploy");
    }

    @Test
    void failsWithoutAConfigFileAndSkipsMetaflowWhenItIsNotInstalled() throws Exception {
        Result result = verify("", false, Map.of(), "--profile", "dev");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.lines()).contains(
                "FAILED  no Metaflow config at " + home.resolve("config_dev.json")
                        + "; write it: just metaflow-config --profile dev",
                "1 check(s) failed")
                .anyMatch(line -> line.startsWith("skipped Metaflow is not installed for ")
                        && line.endsWith("(pip install metaflow); not checked that it reads the config"));
    }

    @Test
    void failsOnAStaleApiKeyAndOnAnEnvironmentVariableThatOverridesTheFile() throws Exception {
        Path config = writeConfig("config.json", "a-rotated-away-key");

        Result stale = verify("", true, Map.of());
        writeConfig("config.json", "the-api-key-value");
        Result overridden = verify("", true, Map.of("METAFLOW_BATCH_JOB_QUEUE", "another-queue"));

        assertThat(stale.lines()).contains("FAILED  " + config + " differs from the stack in METAFLOW_SERVICE_AUTH_KEY;"
                + " rewrite it: just metaflow-config --force", "ok      Metaflow reads " + config, "1 check(s) failed");
        assertThat(overridden.lines()).contains("ok      Metaflow config " + config + " matches the stack",
                "FAILED  Metaflow reads other values than " + config + " for METAFLOW_BATCH_JOB_QUEUE;"
                        + " unset METAFLOW_BATCH_JOB_QUEUE: the environment overrides the file");
    }

    @Test
    void runsAHelloFlowOnBatchInTheGivenRegion() throws Exception {
        writeConfig("config.json", "the-api-key-value");

        Result result = verify("", true, Map.of(), "--region", "eu-west-1", "--run-flow");

        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.lines()).contains("ok      hello flow ran on AWS Batch (VerifyHelloFlow/42)");
        assertThat(calls()).contains("flow hello.py --no-pylint run --with batch region=eu-west-1")
                .filteredOn(call -> call.startsWith("aws ")).allMatch(call -> call.endsWith("--region eu-west-1"));
    }

    @Test
    void skipsTheMetadataChecksWhenTheStackHasNoService() throws Exception {
        Result result = verify("local-metadata", false, Map.of());

        assertThat(result.lines()).contains("skipped metadata API: not deployed (Metaflow keeps metadata in S3)")
                .noneMatch(line -> line.contains("UI "));
        assertThat(calls()).noneMatch(call -> call.startsWith("curl ") || call.contains("secretsmanager"));
    }

    @Test
    void stopsWhenTheStackCannotBeRead() throws Exception {
        Result result = verify("", true, Map.of(), "--stack-name", "other");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.lines()).containsExactly("FAILED  cannot read stack other (An error occurred (ValidationError)"
                + " when calling the DescribeStacks operation: Stack with id other does not exist);"
                + " deploy it with just deploy, or pass --stack-name / --region");
    }

    @Test
    void bothJustfilesHaveTheVerifyRecipe() {
        for (String blueprint : List.of("hobbyist", "enterprise")) {
            assertThat(rendered(blueprint, "Justfile").text()).as(blueprint)
                    .contains("\nverify *ARGS:\n    ./scripts/verify {{ARGS}}\n");
        }
        assertThat(rendered("enterprise", "scripts/verify").text()).contains("default=\"mf-test\"");
    }
}

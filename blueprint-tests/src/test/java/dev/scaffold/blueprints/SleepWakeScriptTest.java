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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code scripts/sleep-wake} (and {@code scripts/verify} on a sleeping stack) against
 * the stand-in {@code aws} and {@code curl} of {@link VerifyScriptTest}, which keep the services'
 * desired counts and the database status in a state file, so that a script sees its own changes.
 * RDS statuses are those of DescribeDBInstances (available, stopping, stopped, starting; RDS user
 * guide, "Viewing Amazon RDS DB instance status"); StopDBInstance and StartDBInstance fail with
 * InvalidDBInstanceState unless the instance is available, respectively stopped (API reference).
 */
class SleepWakeScriptTest {

    private static final String RESOURCES = "/dev/scaffold/blueprints/verify/";
    private static final Map<String, List<RenderedFile>> RENDERED = new ConcurrentHashMap<>();

    @TempDir
    Path work;

    private Path log;
    private Path state;

    @BeforeEach
    void standIn() throws Exception {
        for (String file : List.of("aws", "curl", "deployment.py")) {
            Path target = Files.createDirectories(work.resolve("bin")).resolve(file);
            try (InputStream in = SleepWakeScriptTest.class.getResourceAsStream(RESOURCES + file)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                // The interpreter itself, not a pyenv shim, which would put its own bin (and aws) first on PATH.
                Files.writeString(target, text.replaceFirst("^#!/usr/bin/env python3", "#!" + Python.interpreter()));
            }
            target.toFile().setExecutable(!file.endsWith(".py"));
        }
        for (String script : List.of("sleep-wake", "verify")) {
            RenderedFile rendered = rendered("hobbyist", "scripts/" + script);
            assertThat(rendered.executable()).isTrue();
            Files.write(work.resolve(script), rendered.content());
        }
        log = work.resolve("calls.log");
        state = work.resolve("state.json");
    }

    private static RenderedFile rendered(String blueprint, String path) {
        List<String> layers = blueprint.equals("enterprise") ? List.of("step-functions") : List.of();
        Map<String, String> parameters = blueprint.equals("enterprise")
                ? Map.of("stackName", "mf-test", "ui", "false") : Map.of("stackName", "mf-test");
        return RENDERED.computeIfAbsent(blueprint, id -> Render.project(id, layers, parameters, Path.of("unused"), false)
                .files()).stream().filter(file -> file.path().equals(path)).findFirst().orElseThrow();
    }

    private Result run(String script, String breakages, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Python.interpreter(), "-S", work.resolve(script).toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(work.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("METAFLOW_") || name.startsWith("AWS_")
                || name.equals("PYTHONPATH"));
        builder.environment().put("PATH", work.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("METAFLOW_HOME", work.resolve("home").toString());
        builder.environment().put("VERIFY_LOG", log.toString());
        builder.environment().put("VERIFY_STATE", state.toString());
        builder.environment().put("VERIFY_BREAK", breakages);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }


    private record Result(int code, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private List<String> calls(String prefix) throws IOException {
        return Files.readAllLines(log).stream().filter(call -> call.startsWith(prefix)).toList();
    }

    @Test
    void sleepSilencesTheAlarmScalesEveryServiceToZeroThenStopsTheDatabase() throws Exception {
        Result result = run("sleep-wake", "", "sleep");

        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.lines()).containsExactly(
                "alarm actions disabled: mf-test-RunningTasks",
                "service mf-test-MetadataService: 0 task(s)",
                "service mf-test-UiService: 0 task(s)",
                "database mf-test-database: stopping",
                "asleep: no tasks or database hours are billed now, storage and networking still are;"
                        + " just wake starts it again");
        assertThat(calls("aws ecs update-service")).containsExactly(
                "aws ecs update-service --cluster mf-test-Cluster --service mf-test-MetadataService --desired-count 0"
                        + " --output json",
                "aws ecs update-service --cluster mf-test-Cluster --service mf-test-UiService --desired-count 0"
                        + " --output json");
        assertThat(calls("aws cloudwatch")).containsExactly(
                "aws cloudwatch disable-alarm-actions --alarm-names mf-test-RunningTasks --output json");
        assertThat(calls("aws rds stop")).containsExactly(
                "aws rds stop-db-instance --db-instance-identifier mf-test-database --output json");
    }

    @Test
    void verifyReportsASleepingDeploymentAsAsleepNotAsBroken() throws Exception {
        run("sleep-wake", "", "sleep");

        Result result = run("verify", "");

        assertThat(result.lines()).contains(
                "asleep  the metadata service runs 0 tasks and database mf-test-database is stopping: the deployment"
                        + " is asleep; run just wake to use it",
                "skipped metadata API: asleep",
                "skipped UI: asleep")
                .noneMatch(line -> line.startsWith("FAILED") && line.contains("metadata"));
        assertThat(calls("curl ")).isEmpty();
    }

    @Test
    void verifyFailsOnAHalfAsleepDeployment() throws Exception {
        Result result = run("verify", "half-asleep");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.lines()).contains("FAILED  the metadata service runs 0 tasks but database mf-test-database"
                + " is available; finish putting it to sleep with just sleep, or run just wake");
    }

    @Test
    void wakeStartsTheDatabaseRestoresTheDeployedCountsAndWaitsForPing() throws Exception {
        Result result = run("sleep-wake", "asleep", "wake", "--interval", "0");

        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.lines()).containsExactly(
                "database mf-test-database: starting (usually 5 to 10 minutes)",
                "database mf-test-database: available",
                "service mf-test-MetadataService: 1 task(s)",
                "service mf-test-UiService: 1 task(s)",
                "waiting for https://abc123.execute-api.eu-west-1.amazonaws.com/ping (a new task takes a minute or two)",
                "alarm actions enabled: mf-test-RunningTasks",
                "awake: https://abc123.execute-api.eu-west-1.amazonaws.com/ping answers");
        // The database is available before any task starts; /ping is retried until it answers.
        List<String> calls = Files.readAllLines(log);
        assertThat(calls.indexOf("aws rds start-db-instance --db-instance-identifier mf-test-database --output json"))
                .isLessThan(calls.indexOf("aws ecs update-service --cluster mf-test-Cluster --service"
                        + " mf-test-MetadataService --desired-count 1 --output json"));
        assertThat(calls("curl ")).hasSize(2).allMatch(call -> call.endsWith("/ping")
                && !call.contains("the-api-key-value"));
    }

    @Test
    void wakeOnAnAwakeStackChangesNothingButTheCounts() throws Exception {
        Result result = run("sleep-wake", "", "wake", "--interval", "0");

        assertThat(result.code()).as(result.output()).isZero();
        assertThat(calls("aws rds start")).isEmpty();
    }

    @Test
    void timesOutWithItsOwnExitCode() throws Exception {
        Result result = run("sleep-wake", "asleep", "wake", "--interval", "0", "--timeout", "0");

        assertThat(result.code()).isEqualTo(4);
        assertThat(result.lines()).last().isEqualTo("error: database mf-test-database becoming available did not"
                + " happen within 0 s; run this again to keep waiting");
    }

    @Test
    void refusesAStackThatCannotSleepAndADatabaseThatCannotStop() throws Exception {
        Result missing = run("sleep-wake", "not-sleepable", "sleep");
        Result starting = run("sleep-wake", "db-starting", "sleep");
        Result noStack = run("sleep-wake", "", "sleep", "--stack-name", "other");

        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.lines()).containsExactly("error: stack mf-test has no SleepWake output: it runs no"
                + " metadata service, or was deployed before sleep and wake existed (deploy it with just deploy)");
        assertThat(starting.code()).isEqualTo(5);
        assertThat(starting.lines()).last().isEqualTo("error: database mf-test-database is starting and cannot be"
                + " stopped now; wait until it is available, then run just sleep again");
        assertThat(noStack.code()).isEqualTo(1);
        assertThat(noStack.lines()).hasSize(1).first().asString().startsWith("error: cannot read stack other");
    }

    @Test
    void bothJustfilesHaveTheSleepAndWakeRecipes() {
        for (String blueprint : List.of("hobbyist", "enterprise")) {
            assertThat(rendered(blueprint, "Justfile").text()).as(blueprint)
                    .contains("\nsleep *ARGS:\n    ./scripts/sleep-wake sleep {{ARGS}}\n")
                    .contains("\nwake *ARGS:\n    ./scripts/sleep-wake wake {{ARGS}}\n");
        }
    }
}

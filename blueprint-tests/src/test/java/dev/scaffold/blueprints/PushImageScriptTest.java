package dev.scaffold.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code scripts/push-image} against stand-in {@code aws} and {@code docker}
 * executables on PATH that record their arguments (and the password Docker reads from stdin) and
 * answer like a deployed stack mf-test whose StepImagesRepositoryUri output is {@link #URI};
 * {@code PUSH_BREAK} makes one of them fail.
 */
class PushImageScriptTest {

    private static final String URI = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/mf-test-stepimagesrepository-a1b2c3";
    private static final String AWS = """
            import os, sys
            args = sys.argv[1:]
            open(os.environ["PUSH_LOG"], "a").write("aws " + " ".join(args) + "\\n")
            breaks = os.environ.get("PUSH_BREAK", "")
            if args[:2] == ["cloudformation", "describe-stacks"]:
                if args[args.index("--stack-name") + 1] != "mf-test":
                    sys.exit("An error occurred (ValidationError) when calling the DescribeStacks operation: Stack does not exist")
                print("None" if "no-output" in breaks else "%s")
            elif args[:2] == ["ecr", "get-login-password"]:
                print("the-ecr-password")
            else:
                sys.exit("stand-in aws: unexpected " + " ".join(args))
            """.formatted(URI);
    private static final String DOCKER = """
            import os, sys
            args = sys.argv[1:]
            line = "docker " + " ".join(args)
            if args[0] == "login":
                line += " <<< " + sys.stdin.read().strip()
            open(os.environ["PUSH_LOG"], "a").write(line + "\\n")
            if args[0] == "push" and "push-fails" in os.environ.get("PUSH_BREAK", ""):
                sys.exit("tag invalid: The image tag 'v1' already exists in the repository and cannot be overwritten")
            """;

    @TempDir
    Path work;

    private Path script;
    private Path log;
    private Path context;

    private static RenderedFile rendered(String blueprint, String path) {
        // The UI needs a hosted zone; it changes neither the script nor the Justfile.
        Map<String, String> parameters = blueprint.equals("enterprise")
                ? Map.of("stackName", "mf-test", "ui", "false") : Map.of("stackName", "mf-test");
        return Render.project(blueprint, List.of(), parameters, Path.of("unused"), false).files().stream()
                .filter(file -> file.path().equals(path)).findFirst().orElseThrow();
    }

    @BeforeEach
    void renderAndStandIn() throws Exception {
        RenderedFile rendered = rendered("hobbyist", "scripts/push-image");
        assertThat(rendered.executable()).isTrue();
        script = work.resolve("push-image");
        Files.write(script, rendered.content());
        String python = Python.interpreter();
        Files.createDirectories(work.resolve("bin"));
        for (Map.Entry<String, String> standIn : Map.of("aws", AWS, "docker", DOCKER).entrySet()) {
            Path file = work.resolve("bin").resolve(standIn.getKey());
            Files.writeString(file, "#!" + python + "\n" + standIn.getValue());
            assertThat(file.toFile().setExecutable(true)).isTrue();
        }
        context = Files.createDirectories(work.resolve("image"));
        Files.writeString(context.resolve("Dockerfile"), "FROM python:3.12-slim\n");
        log = work.resolve("calls.log");
    }

    private Result push(String breaks, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Python.interpreter(), script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().put("PATH", work.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("PUSH_LOG", log.toString());
        builder.environment().put("PUSH_BREAK", breaks);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err, Files.exists(log) ? Files.readAllLines(log) : List.of());
    }

    private record Result(int code, String out, String err, List<String> calls) {
    }

    @Test
    void logsInBuildsForTheBatchPlatformAndPushesToTheStacksRepository() throws Exception {
        Result result = push("", context.toString(), "v1");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.calls()).containsExactly(
                "aws cloudformation describe-stacks --stack-name mf-test --query"
                        + " Stacks[0].Outputs[?OutputKey=='StepImagesRepositoryUri'].OutputValue --output text",
                "aws ecr get-login-password --region eu-west-1",
                "docker login --username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com"
                        + " <<< the-ecr-password",
                "docker build --platform linux/amd64 --tag " + URI + ":v1 " + context,
                "docker push " + URI + ":v1");
        assertThat(result.out()).contains("@batch(image=\"" + URI + ":v1\")");
    }

    @Test
    void readsTheStackOfAnotherNameAndRegionAndBuildsForAnotherPlatform() throws Exception {
        Result result = push("", context.toString(), "v2", "--stack-name", "other", "--region", "eu-west-1",
                "--platform", "linux/arm64");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("error: cannot read the outputs of stack other:")
                .doesNotContain("\n");
        assertThat(result.calls()).singleElement().asString().endsWith("--output text --region eu-west-1");
    }

    @Test
    void failsInOneLineWhenTheStackHasNoRepository() throws Exception {
        Result result = push("no-output", context.toString(), "v1");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("error: stack mf-test has no StepImagesRepositoryUri output; deploy it"
                + " with the step images repository on (stepImages) first\n");
        assertThat(result.calls()).hasSize(1);
    }

    @Test
    void refusesAMissingDockerfileOrABadTagBeforeCallingAnything() throws Exception {
        Result noDockerfile = push("", work.resolve("bin").toString(), "v1");
        Result badTag = push("", context.toString(), "v1:latest");

        assertThat(noDockerfile.code()).isEqualTo(2);
        assertThat(noDockerfile.err()).startsWith("error: ").contains("has no Dockerfile");
        assertThat(badTag.code()).isEqualTo(2);
        assertThat(badTag.err()).startsWith("error: tag 'v1:latest' is not a Docker tag");
        assertThat(badTag.calls()).isEmpty();
    }

    /** Docker's own output (build progress, its error) reaches the terminal; the script adds one line. */
    @Test
    void endsAFailedPushWithOneErrorLine() throws Exception {
        Result result = push("push-fails", context.toString(), "v1");

        assertThat(result.code()).isEqualTo(1);
        List<String> lines = result.err().lines().toList();
        assertThat(lines.get(0)).contains("already exists");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("error: cannot push " + URI + ":v1 (a tag is pushed once:"
                + " the repository's tags are immutable): docker exited with 1");
    }


    @Test
    void bothJustfilesHaveThePushImageRecipeAndEnterprisesScriptKnowsItsStack() {
        for (String blueprint : List.of("hobbyist", "enterprise")) {
            assertThat(rendered(blueprint, "Justfile").text()).as(blueprint)
                    .contains("\npush-image DIR TAG *ARGS:\n    ./scripts/push-image \"{{DIR}}\" \"{{TAG}}\" {{ARGS}}\n");
        }
        RenderedFile enterprise = rendered("enterprise", "scripts/push-image");
        assertThat(enterprise.executable()).isTrue();
        assertThat(enterprise.text()).contains("default=\"mf-test\"");
    }
}

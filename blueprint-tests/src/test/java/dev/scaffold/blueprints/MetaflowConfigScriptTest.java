package dev.scaffold.blueprints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code scripts/metaflow-config} against a stand-in boto3 that answers like a deployed
 * stack: it writes the stack's config plus the API key's value, readable only by the user, and never
 * overwrites without {@code --force}.
 */
class MetaflowConfigScriptTest {

    private static final String STUB_BOTO3 = """
            import json

            class _CloudFormation:
                def describe_stacks(self, StackName):
                    assert StackName == "metaflow", StackName
                    config = {"METAFLOW_DEFAULT_DATASTORE": "s3", "METAFLOW_DEFAULT_METADATA": "service",
                              "METAFLOW_SERVICE_URL": "https://abc.execute-api.us-east-1.amazonaws.com/"}
                    return {"Stacks": [{"Outputs": [
                        {"OutputKey": "MetaflowConfig", "OutputValue": json.dumps(config)},
                        {"OutputKey": "ApiKeySecretArn", "OutputValue": "arn:aws:secretsmanager:us-east-1:1:secret:key"}]}]}

            class _SecretsManager:
                def get_secret_value(self, SecretId):
                    assert SecretId.endswith(":secret:key"), SecretId
                    return {"SecretString": "the-api-key-value"}

            class Session:
                def __init__(self, region_name=None):
                    self.region_name = region_name or "us-east-1"

                def client(self, name):
                    return {"cloudformation": _CloudFormation(), "secretsmanager": _SecretsManager()}[name]
            """;

    @TempDir
    Path work;

    private Path script;

    @BeforeEach
    void stubBoto3() throws IOException {
        script = Render.repository().resolve("generated-example/scripts/metaflow-config");
        Files.createDirectories(work.resolve("stubs/boto3"));
        Files.createDirectories(work.resolve("stubs/botocore"));
        Files.writeString(work.resolve("stubs/boto3/__init__.py"), "from . import session\n");
        Files.writeString(work.resolve("stubs/boto3/session.py"), STUB_BOTO3);
        Files.writeString(work.resolve("stubs/botocore/__init__.py"), "");
        Files.writeString(work.resolve("stubs/botocore/exceptions.py"),
                "class BotoCoreError(Exception):\n    pass\n\n\nclass ClientError(Exception):\n    pass\n");
    }

    private Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PYTHONPATH", work.resolve("stubs").toString());
        builder.environment().put("METAFLOW_HOME", work.resolve("home").toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is not installed");
            throw e;
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Result(int code, String output) {
    }

    @Test
    void writesTheStackConfigWithTheApiKeyForAProfile() throws Exception {
        Result result = run("--profile", "dev");

        assertThat(result.code()).as(result.output()).isZero();
        Path written = work.resolve("home/config_dev.json");
        assertThat(result.output()).contains("wrote " + written).contains("METAFLOW_PROFILE=dev");
        assertThat(written).content()
                .contains("\"METAFLOW_DEFAULT_METADATA\": \"service\"")
                .contains("\"METAFLOW_SERVICE_AUTH_KEY\": \"the-api-key-value\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).isEqualTo("rw-------");
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        assertThat(run().code()).isZero();
        Result again = run();

        assertThat(again.code()).isEqualTo(1);
        assertThat(again.output()).contains("error: ").contains("already exists; pass --force");
        assertThat(run("--force").code()).isZero();
    }
}

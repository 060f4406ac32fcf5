package {{package}};

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

/** The app exactly as {@code cdk deploy} deploys it: {@link MetaflowApp#configure} with this project's choices. */
class MetaflowAppTest {

    private static MetaflowStack stack;
    private static CloudAssembly assembly;

    @BeforeAll
    static void synthesize() {
        App app = TestApps.app();
        stack = MetaflowApp.configure(app, TestApps.ENV);
        assembly = app.synth();
    }

    @Test
    void hasNoCdkNagFindings() {
        Annotations annotations = Annotations.fromStack(stack);
        assertEquals(List.of(), annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*")));
        assertEquals(List.of(), annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*")));
    }

    @Test
    void hasNoCloudFormationValidationFindings() throws IOException {
        JsonNode report = new ObjectMapper().readTree(Path.of(assembly.getDirectory(), "validation-report.json").toFile());
        assertEquals(0, report.get("pluginReports").size(), report.toPrettyString());
    }

    @Test
    void deploysAsTheNamedStack() {
        assertEquals(MetaflowApp.STACK_NAME, stack.getStackName());
    }

    @Test
    void publishesTheMetaflowConfigForTheseChoices() {
        assertEquals(Set.of("METAFLOW_DEFAULT_DATASTORE", "METAFLOW_DATASTORE_SYSROOT_S3", "METAFLOW_DATATOOLS_S3ROOT",
                "METAFLOW_BATCH_JOB_QUEUE", "METAFLOW_ECS_S3_ACCESS_IAM_ROLE", "METAFLOW_BATCH_CONTAINER_REGISTRY",
                {{#secrets}}"METAFLOW_DEFAULT_SECRETS_BACKEND_TYPE", "METAFLOW_AWS_SECRETS_MANAGER_DEFAULT_REGION", {{/secrets}}"METAFLOW_BATCH_EMIT_TAGS",{{#hasCostTags}} "METAFLOW_BATCH_DEFAULT_TAGS",{{/hasCostTags}}{{#fargate}} "METAFLOW_ECS_FARGATE_EXECUTION_ROLE",{{/fargate}}
                {{#metadataService}}"METAFLOW_SERVICE_URL", "METAFLOW_SERVICE_INTERNAL_URL", {{/metadataService}}"METAFLOW_DEFAULT_METADATA"{{#withStepFunctions}},
                "METAFLOW_SFN_IAM_ROLE", "METAFLOW_EVENTS_SFN_ACCESS_IAM_ROLE", "METAFLOW_SFN_DYNAMO_DB_TABLE",
                "METAFLOW_SFN_STATE_MACHINE_PREFIX", "METAFLOW_SFN_EXECUTION_LOG_GROUP_ARN"{{/withStepFunctions}}),
                stack.config().values().keySet());
        assertEquals("{{#metadataService}}service{{/metadataService}}{{^metadataService}}local{{/metadataService}}", stack.config().values().get("METAFLOW_DEFAULT_METADATA"));
    }

    @Test
    void hasTheMonthlyBudgetOfTheseChoices() {
        Template.fromStack(stack).resourceCountIs("AWS::Budgets::Budget", {{#hasMonthlyBudget}}1{{/hasMonthlyBudget}}{{^hasMonthlyBudget}}0{{/hasMonthlyBudget}});
    }
}

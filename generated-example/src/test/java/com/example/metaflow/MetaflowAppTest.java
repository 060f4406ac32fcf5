package com.example.metaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.cost.CostOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

/** The app exactly as {@code cdk deploy} deploys it: {@link MetaflowApp#configure} with this project's choices. */
class MetaflowAppTest {

    private static MetaflowStack stack;
    private static CloudAssembly assembly;
    private static Template template;

    @BeforeAll
    static void synthesize() {
        App app = TestApps.app("example.com", TestApps.EXISTING_VPC_ID, TestApps.PRIVATE_SUBNET_IDS,
                TestApps.ISOLATED_SUBNET_IDS);
        stack = MetaflowApp.configure(app, TestApps.ENV);
        assembly = app.synth();
        template = Template.fromStack(stack);
    }

    @Test
    void hasNoCdkNagFindings() {
        assertEquals(List.of(), Findings.cdkNag(stack));
    }

    @Test
    void hasNoCloudFormationValidationFindings() {
        assertEquals("", Findings.validation(assembly));
    }

    @Test
    void deploysAsTheNamedProtectedAndTaggedStack() {
        assertEquals(MetaflowApp.STACK_NAME, stack.getStackName());
        assertTrue(stack.getTerminationProtection());
        assertEquals(CostOptions.builder().tags(Map.of("application", "metaflow", "project", "metaflow-platform",
                "managed-by", "cdk")).build().tags(), stack.getTags().tagValues());
    }

    @Test
    void publishesTheMetaflowConfigWithThePrivateServiceUrlForBatchTasks() {
        Map<String, String> values = stack.config().values();
        assertEquals(Set.of("METAFLOW_DEFAULT_DATASTORE", "METAFLOW_DATASTORE_SYSROOT_S3", "METAFLOW_DATATOOLS_S3ROOT",
                "METAFLOW_BATCH_JOB_QUEUE", "METAFLOW_ECS_S3_ACCESS_IAM_ROLE", "METAFLOW_BATCH_CONTAINER_REGISTRY",
                "METAFLOW_SERVICE_URL", "METAFLOW_SERVICE_INTERNAL_URL", "METAFLOW_DEFAULT_METADATA",
                "METAFLOW_DEFAULT_SECRETS_BACKEND_TYPE", "METAFLOW_AWS_SECRETS_MANAGER_DEFAULT_REGION", "METAFLOW_BATCH_EMIT_TAGS",
                "METAFLOW_BATCH_DEFAULT_TAGS",
                "METAFLOW_SFN_IAM_ROLE", "METAFLOW_EVENTS_SFN_ACCESS_IAM_ROLE", "METAFLOW_SFN_DYNAMO_DB_TABLE",
                "METAFLOW_SFN_STATE_MACHINE_PREFIX", "METAFLOW_SFN_EXECUTION_LOG_GROUP_ARN"),
                values.keySet());
        assertEquals(stack.resolve(stack.metadataLoadBalancer().orElseThrow().url()),
                stack.resolve(values.get("METAFLOW_SERVICE_INTERNAL_URL")));
        assertEquals(stack.resolve(stack.batch().jobQueue().getJobQueueArn()),
                stack.resolve(values.get("METAFLOW_BATCH_JOB_QUEUE")));
    }

    @Test
    void exposesEveryQueueAndTheSchemaUpgradeFunction() {
        assertTrue(template.findOutputs("*").keySet().containsAll(Set.of("MetaflowConfig", "ApiKeySecretArn",
                "JobQueueSpot", "JobQueueGpu", "UiUrl", "SchemaUpgradeFunctionName")));
        template.resourceCountIs("AWS::Batch::JobQueue", 1 + 1 + 1);
    }

    @Test
    void runsTheServiceAndAMultiAzDatabaseInPrivateSubnets() {
        template.hasResourceProperties("AWS::ECS::Service", Map.of("DesiredCount", 2));
        template.hasResourceProperties("AWS::RDS::DBInstance", Map.of("MultiAZ", true, "DeletionProtection", true));
        template.resourceCountIs("AWS::EC2::NatGateway", 1);
    }

    @Test
    void hasTheMonthlyBudgetOfTheseChoices() {
        template.resourceCountIs("AWS::Budgets::Budget", 0);
    }
}

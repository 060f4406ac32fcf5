package {{package}};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import {{package}}.cost.CostOptions;
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
{{#existingVpc}}
        App app = TestApps.app({{#ui}}"{{hostedZoneName}}"{{/ui}}{{^ui}}TestApps.HOSTED_ZONE{{/ui}}, "{{existingVpcId}}", List.of({{privateSubnetIdList}}),
                List.of({{databaseSubnetIdList}}));
{{/existingVpc}}
{{^existingVpc}}
        App app = TestApps.app({{#ui}}"{{hostedZoneName}}"{{/ui}}{{^ui}}TestApps.HOSTED_ZONE{{/ui}}, TestApps.EXISTING_VPC_ID, TestApps.PRIVATE_SUBNET_IDS,
                TestApps.ISOLATED_SUBNET_IDS);
{{/existingVpc}}
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
        assertEquals(CostOptions.builder().tags(Map.of("application", "metaflow", "project", "{{projectName}}",
                "managed-by", "cdk")){{#hasCostTags}}.tags({{costTagList}}){{/hasCostTags}}.build().tags(), stack.getTags().tagValues());
    }

    @Test
    void publishesTheMetaflowConfigWithThePrivateServiceUrlForBatchTasks() {
        Map<String, String> values = stack.config().values();
        assertEquals(Set.of("METAFLOW_DEFAULT_DATASTORE", "METAFLOW_DATASTORE_SYSROOT_S3", "METAFLOW_DATATOOLS_S3ROOT",
                "METAFLOW_BATCH_JOB_QUEUE", "METAFLOW_ECS_S3_ACCESS_IAM_ROLE", "METAFLOW_BATCH_CONTAINER_REGISTRY",
                "METAFLOW_SERVICE_URL", "METAFLOW_SERVICE_INTERNAL_URL", "METAFLOW_DEFAULT_METADATA",
                {{#secrets}}"METAFLOW_DEFAULT_SECRETS_BACKEND_TYPE", "METAFLOW_AWS_SECRETS_MANAGER_DEFAULT_REGION", {{/secrets}}"METAFLOW_BATCH_EMIT_TAGS",
                "METAFLOW_BATCH_DEFAULT_TAGS"{{#withStepFunctions}},
                "METAFLOW_SFN_IAM_ROLE", "METAFLOW_EVENTS_SFN_ACCESS_IAM_ROLE", "METAFLOW_SFN_DYNAMO_DB_TABLE",
                "METAFLOW_SFN_STATE_MACHINE_PREFIX", "METAFLOW_SFN_EXECUTION_LOG_GROUP_ARN"{{/withStepFunctions}}),
                values.keySet());
        assertEquals(stack.resolve(stack.metadataLoadBalancer().orElseThrow().url()),
                stack.resolve(values.get("METAFLOW_SERVICE_INTERNAL_URL")));
        assertEquals(stack.resolve(stack.batch().jobQueue().getJobQueueArn()),
                stack.resolve(values.get("METAFLOW_BATCH_JOB_QUEUE")));
    }

    @Test
    void exposesEveryQueueAndTheSchemaUpgradeFunction() {
        assertTrue(template.findOutputs("*").keySet().containsAll(Set.of("MetaflowConfig", "ApiKeySecretArn",
                {{#spotQueue}}"JobQueueSpot", {{/spotQueue}}{{#gpuQueue}}"JobQueueGpu", {{/gpuQueue}}{{#ui}}"UiUrl", {{/ui}}"SchemaUpgradeFunctionName")));
        template.resourceCountIs("AWS::Batch::JobQueue", 1{{#spotQueue}} + 1{{/spotQueue}}{{#gpuQueue}} + 1{{/gpuQueue}});
    }

    @Test
    void runsTheServiceAndAMultiAzDatabaseInPrivateSubnets() {
        template.hasResourceProperties("AWS::ECS::Service", Map.of("DesiredCount", {{metadataTasks}}));
{{#aurora}}
        template.hasResourceProperties("AWS::RDS::DBCluster", Map.of("DeletionProtection", true, "StorageEncrypted", true));
{{/aurora}}
{{^aurora}}
        template.hasResourceProperties("AWS::RDS::DBInstance", Map.of("MultiAZ", true, "DeletionProtection", true));
{{/aurora}}
        template.resourceCountIs("AWS::EC2::NatGateway", {{#existingVpc}}0{{/existingVpc}}{{^existingVpc}}{{natGateways}}{{/existingVpc}});
    }

    @Test
    void hasTheMonthlyBudgetOfTheseChoices() {
        template.resourceCountIs("AWS::Budgets::Budget", {{#hasMonthlyBudget}}1{{/hasMonthlyBudget}}{{^hasMonthlyBudget}}0{{/hasMonthlyBudget}});
    }
}

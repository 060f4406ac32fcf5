package {{package}}.stepfunctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import {{package}}.MetaflowStack;
import {{package}}.MetaflowStackProps;
import {{package}}.TestApps;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.batch.JobQueue;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.Bucket;

class StepFunctionsSchedulingTest {

    private static MetaflowStack stack;
    private static Template template;

    @BeforeAll
    static void synthesize() {
        App app = TestApps.app();
        stack = new MetaflowStack(app, "MetaflowStack", MetaflowStackProps.builder().env(TestApps.ENV).build());
        Aspects.of(app).add(new AwsSolutionsChecks());
        template = Template.fromStack(stack);
    }

    private static void hasStatement(String roleLogicalIdPattern, Object action, Object resource) {
        template.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "Roles", List.of(Map.of("Ref", Match.stringLikeRegexp(roleLogicalIdPattern))),
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", action, "Resource", resource)))))));
    }

    @Test
    void foreachTableIsKeyedByPathspecWithTtlAndPointInTimeRecovery() {
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "KeySchema", List.of(Map.of("AttributeName", "pathspec", "KeyType", "HASH")),
                "AttributeDefinitions", List.of(Map.of("AttributeName", "pathspec", "AttributeType", "S")),
                "BillingMode", "PAY_PER_REQUEST",
                "TimeToLiveSpecification", Map.of("AttributeName", "ttl", "Enabled", true),
                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true)));
    }

    @Test
    void stateMachineRoleSubmitsBatchJobsAndWatchesThemThroughEventBridge() {
        template.hasResourceProperties("AWS::IAM::Role", Map.of("AssumeRolePolicyDocument", Map.of("Statement",
                List.of(Match.objectLike(Map.of("Principal", Map.of("Service", "states.amazonaws.com")))))));
        hasStatement("StepFunctionsStateMachineRole.*", "batch:SubmitJob", Match.anyValue());
        hasStatement("StepFunctionsStateMachineRole.*", List.of("events:DescribeRule", "events:PutRule", "events:PutTargets"),
                "arn:aws:events:us-east-1:123456789012:rule/StepFunctionsGetEventsForBatchJobsRule");
        hasStatement("StepFunctionsStateMachineRole.*", "dynamodb:GetItem", Match.anyValue());
        // Actions without resource-level permissions, merged into one statement on "*".
        hasStatement("StepFunctionsStateMachineRole.*", Match.arrayWith(List.of("batch:DescribeJobs",
                "logs:CreateLogDelivery", "logs:DescribeLogGroups")), "*");
    }

    @Test
    void distributedMapMayStartThisDeploymentsStateMachinesOnly() {
        String prefixed = "arn:aws:states:us-east-1:123456789012:stateMachine:MetaflowStack_*";
        hasStatement("StepFunctionsStateMachineRole.*", "states:StartExecution", prefixed);
        hasStatement("StepFunctionsEventBridgeRole.*", "states:StartExecution", prefixed);
        template.hasResourceProperties("AWS::IAM::Role", Map.of("AssumeRolePolicyDocument", Map.of("Statement",
                List.of(Match.objectLike(Map.of("Principal", Map.of("Service", "events.amazonaws.com")))))));
    }

    @Test
    void batchJobsReadAndWriteTheForeachTable() {
        hasStatement("BatchJobRole.*", List.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"), Match.anyValue());
    }

    @Test
    void deployerPolicyCoversDeleteAsWellAsCreate() {
        template.hasResourceProperties("AWS::IAM::ManagedPolicy", Map.of("PolicyDocument", Map.of("Statement",
                Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Action", Match.arrayWith(List.of("states:CreateStateMachine",
                                "states:DeleteStateMachine")))),
                        Match.objectLike(Map.of("Action", Match.arrayWith(List.of("events:DeleteRule",
                                "events:RemoveTargets")))),
                        Match.objectLike(Map.of("Action", "iam:PassRole")))))));
        template.hasOutput("StepFunctionsDeployerPolicyArn", Map.of());
    }

    @Test
    void publishesTheStepFunctionsConfigKeys() {
        Map<String, String> config = stack.config().values();
        assertTrue(config.keySet().containsAll(Set.of("METAFLOW_SFN_IAM_ROLE", "METAFLOW_EVENTS_SFN_ACCESS_IAM_ROLE",
                "METAFLOW_SFN_DYNAMO_DB_TABLE", "METAFLOW_SFN_STATE_MACHINE_PREFIX", "METAFLOW_SFN_EXECUTION_LOG_GROUP_ARN")));
        assertEquals("MetaflowStack", config.get("METAFLOW_SFN_STATE_MACHINE_PREFIX"));
        assertEquals(stack.resolve(stack.stepFunctions().executionLogs().getLogGroupArn()),
                stack.resolve(config.get("METAFLOW_SFN_EXECUTION_LOG_GROUP_ARN")));
    }

    @Test
    void hasNoCdkNagFindings() {
        Annotations annotations = Annotations.fromStack(stack);
        assertEquals(List.of(), annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*")));
        assertEquals(List.of(), annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*")));
    }

    @Test
    void encryptsWithTheDatastoreKeyWhenThereIsOne() {
        Stack keyed = TestApps.stack();
        Key key = Key.Builder.create(keyed, "Key").enableKeyRotation(true).build();
        new StepFunctionsScheduling(keyed, "StepFunctions", props(keyed).encryptionKey(key).build());
        Template keyedTemplate = Template.fromStack(keyed);

        keyedTemplate.hasResourceProperties("AWS::DynamoDB::Table", Map.of("SSESpecification",
                Match.objectLike(Map.of("SSEEnabled", true, "SSEType", "KMS"))));
        keyedTemplate.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement",
                Match.arrayWith(List.of(Match.objectLike(Map.of("Action", Match.arrayWith(List.of(
                        "kms:GenerateDataKey*")))))))));
    }

    @Test
    void failsOnAStateMachinePrefixMetaflowCannotUse() {
        Stack other = TestApps.stack();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> props(other).stateMachinePrefix("my_flows!").build());
        assertTrue(error.getMessage().contains("got 'my_flows!'"));
    }

    private static StepFunctionsSchedulingProps.Builder props(Stack scope) {
        return StepFunctionsSchedulingProps.builder()
                .bucket(Bucket.fromBucketName(scope, "Bucket", "metaflow-test-bucket"))
                .jobQueue(JobQueue.fromJobQueueArn(scope, "Queue", "arn:aws:batch:us-east-1:123456789012:job-queue/metaflow"))
                .jobRole(Role.Builder.create(scope, "JobRole").assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com")).build());
    }
}

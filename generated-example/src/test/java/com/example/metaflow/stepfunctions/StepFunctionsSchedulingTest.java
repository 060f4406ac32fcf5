package com.example.metaflow.stepfunctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.Findings;
import com.example.metaflow.MetaflowStack;
import com.example.metaflow.TestApps;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.batch.JobQueue;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.Bucket;

class StepFunctionsSchedulingTest {

    private static MetaflowStack stack;
    private static Template template;

    @BeforeAll
    static void synthesize() {
        stack = TestDeployments.all().get(0).stack();
        template = TestDeployments.all().get(0).template();
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
    void publishesTheDeployerPolicy() {
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

    @ParameterizedTest
    @MethodSource("com.example.metaflow.stepfunctions.StateMachineRoleTest#deployments")
    void hasNoCdkNagFindings(TestDeployments deployment) {
        assertEquals(List.of(), Findings.cdkNag(deployment.stack()));
    }

    @Test
    void encryptsTheForeachTableWithTheDatastoreKey() {
        TestDeployments kms = TestDeployments.all().get(1);
        Object key = kms.stack().resolve(kms.stack().datastore().encryptionKey().orElseThrow().getKeyArn());
        kms.template().hasResourceProperties("AWS::DynamoDB::Table", Map.of("SSESpecification",
                Map.of("SSEEnabled", true, "SSEType", "KMS", "KMSMasterKeyId", key)));
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

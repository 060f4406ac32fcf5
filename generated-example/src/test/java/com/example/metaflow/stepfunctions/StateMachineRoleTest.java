package com.example.metaflow.stepfunctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.MetaflowStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The roles of the state machines and schedule rules allow what Metaflow's state machines call and
 * nothing else. Pinned from Netflix/metaflow 2.19 plugins/aws/step_functions/step_functions.py:
 * State.batch() (arn:aws:states:::batch:submitJob.sync, with the Tags batch/batch.py create_job()
 * sets, which Batch authorizes as batch:TagResource), State.dynamo_db() (dynamodb:getItem),
 * Workflow.mode("DISTRIBUTED") with Map.result_writer(), the *GetManifest state and JSONItemReader
 * (child executions, S3 results), and step_functions_client.py _default_logging_configuration();
 * and from the AWS Step Functions Developer Guide, "IAM policies for AWS Batch" (the .sync
 * integration's DescribeJobs, TerminateJob and its managed rule) and "Logging using CloudWatch Logs".
 */
class StateMachineRoleTest {

    private static final String ARN = "arn:aws:%s:us-east-1:123456789012:%s";
    private static final Set<String> CALLS = Set.of("batch:SubmitJob", "batch:TagResource", "batch:DescribeJobs",
            "batch:TerminateJob", "events:PutTargets", "events:PutRule", "events:DescribeRule", "dynamodb:GetItem",
            "states:StartExecution", "states:DescribeExecution", "states:StopExecution", "s3:PutObject", "s3:GetObject",
            "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload", "logs:CreateLogDelivery", "logs:GetLogDelivery",
            "logs:UpdateLogDelivery", "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
            "logs:DescribeResourcePolicies", "logs:DescribeLogGroups");

    static Stream<TestDeployments> deployments() {
        return TestDeployments.all().stream();
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void allowsEveryCallOfTheStateMachinesOnThisDeploymentsResources(TestDeployments deployment) {
        assertEquals(new TreeSet<>(CALLS), new TreeSet<>(MetaflowAwsCalls.stateMachineRole()));
        MetaflowStack stack = deployment.stack();
        PolicyStatements role = stateMachineRole(deployment);
        String job = String.format(ARN, "batch", "job/8d5b1a4e-0000-4000-8000-000000000000");
        List<String> submitTo = new ArrayList<>(List.of(deployment.render(stack.batch().jobQueue().getJobQueueArn()),
                String.format(ARN, "batch", "job-definition/metaflow_0a1b2c:1"), job));
        stack.batch().additionalQueues().values().forEach(queue -> submitTo.add(deployment.render(queue.getJobQueueArn())));
        // SubmitJob authorizes the queue, the job definition and the new job (Service Authorization Reference).
        submitTo.forEach(resource -> assertTrue(role.allows("batch:SubmitJob", resource), resource));
        assertAllowed(role, List.of("batch:TagResource", "batch:TerminateJob"), job);
        assertAllowed(role, List.of("batch:DescribeJobs"), "*");
        assertAllowed(role, List.of("events:PutTargets", "events:PutRule", "events:DescribeRule"),
                String.format(ARN, "events", "rule/StepFunctionsGetEventsForBatchJobsRule"));
        assertAllowed(role, List.of("dynamodb:GetItem"), deployment.render(stack.stepFunctions().table().getTableArn()));
        assertAllowed(role, List.of("states:StartExecution"), String.format(ARN, "states", "stateMachine:MetaflowStack_Hello"));
        assertAllowed(role, List.of("states:DescribeExecution", "states:StopExecution"),
                String.format(ARN, "states", "execution:MetaflowStack_Hello/start_*Map:c1"));
        assertAllowed(role, List.of("s3:PutObject", "s3:GetObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"),
                distributedMapOutput(deployment) + "/mapRunId/manifest.json");
        assertAllowed(role, MetaflowAwsCalls.LOG_DELIVERY, "*");
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void grantsNothingBeyondTheCalls(TestDeployments deployment) {
        PolicyStatements role = stateMachineRole(deployment);
        Set<String> expected = new TreeSet<>(CALLS);
        deployment.stack().datastore().encryptionKey().ifPresent(key -> {
            // The foreach table and the distributed map results are encrypted with the datastore key.
            expected.addAll(List.of("kms:Decrypt", "kms:GenerateDataKey"));
            assertAllowed(role, List.of("kms:Decrypt", "kms:GenerateDataKey"), deployment.render(key.getKeyArn()));
            assertEquals(Map.of("StringEquals", Map.of("kms:ViaService",
                    "s3.us-east-1.${AWS::URLSuffix},dynamodb.us-east-1.${AWS::URLSuffix}")),
                    PolicyStatements.renderedCondition(role.granting("kms:Decrypt").get(0).get("Condition")));
        });
        assertEquals(expected, role.actions());
        Set<String> onEveryResource = new TreeSet<>(MetaflowAwsCalls.LOG_DELIVERY);
        onEveryResource.add("batch:DescribeJobs");
        assertEquals(onEveryResource, PolicyStatements.actionsOf(role.onEveryResource()));
        assertFalse(role.allows("batch:SubmitJob", String.format(ARN, "batch", "job-queue/other")));
        assertFalse(role.allows("states:StartExecution", String.format(ARN, "states", "stateMachine:Other_Flow")));
        assertFalse(role.allows("s3:GetObject",
                deployment.render(deployment.stack().datastore().bucket().getBucketArn()) + "/metaflow/HelloFlow/x"));
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void schedulesStartThisDeploymentsStateMachinesOnly(TestDeployments deployment) {
        PolicyStatements events = PolicyStatements.ofRole(deployment.template(), PolicyStatements.logicalId(
                deployment.stack(), deployment.stack().stepFunctions().eventBridgeRole().getRoleArn()));
        assertEquals(Set.of("states:StartExecution"), events.actions());
        assertTrue(events.allows("states:StartExecution", String.format(ARN, "states", "stateMachine:MetaflowStack_Hello")));
        assertFalse(events.allows("states:StartExecution", String.format(ARN, "states", "stateMachine:Other_Flow")));
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void batchJobsWriteAndReadTheForeachTable(TestDeployments deployment) {
        // plugins/aws/step_functions/dynamo_db_client.py: put_item, update_item, get_item.
        PolicyStatements jobRole = PolicyStatements.ofRole(deployment.template(),
                PolicyStatements.logicalId(deployment.stack(), deployment.stack().batch().jobRole().getRoleArn()));
        assertAllowed(jobRole, List.of("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:GetItem"),
                deployment.render(deployment.stack().stepFunctions().table().getTableArn()));
    }

    private static PolicyStatements stateMachineRole(TestDeployments deployment) {
        return PolicyStatements.ofRole(deployment.template(), PolicyStatements.logicalId(deployment.stack(),
                deployment.stack().stepFunctions().stateMachineRole().getRoleArn()));
    }

    /** Metaflow's SFN_S3_DISTRIBUTED_MAP_OUTPUT_PATH: METAFLOW_DATASTORE_SYSROOT_S3 + "/sfn_distributed_map_output". */
    private static String distributedMapOutput(TestDeployments deployment) {
        MetaflowStack stack = deployment.stack();
        String sysroot = deployment.render(stack.config().values().get("METAFLOW_DATASTORE_SYSROOT_S3"));
        String bucketName = deployment.render(stack.datastore().bucket().getBucketName());
        return deployment.render(stack.datastore().bucket().getBucketArn())
                + sysroot.substring(("s3://" + bucketName).length()) + "/sfn_distributed_map_output";
    }

    private static void assertAllowed(PolicyStatements statements, List<String> actions, String resource) {
        actions.forEach(action -> assertTrue(statements.allows(action, resource), action + " on " + resource));
    }
}

package com.example.metaflow.stepfunctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.MetaflowStack;
import com.example.metaflow.stepfunctions.MetaflowAwsCalls.Command;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.services.iam.IRole;

/**
 * The deployer policy allows every call {@code step-functions <command>} makes and nothing else.
 * The calls, pinned here from Netflix/metaflow 2.19: plugins/aws/step_functions/step_functions_client.py
 * (list_state_machines, describe_state_machine, create/update/delete_state_machine, start_execution,
 * list_executions, stop_execution), plugins/aws/step_functions/event_bridge_client.py (disable_rule
 * for a flow without @schedule, put_rule + put_targets with one, remove_targets + delete_rule),
 * plugins/aws/batch/batch_client.py _register_job_definition (describe_job_queues,
 * describe_compute_environments, describe_job_definitions, register_job_definition, which passes the
 * job roles), and the code package upload of step_functions_cli.py make_flow() through
 * plugins/datastores/s3_storage.py (head_object, which needs s3:ListBucket to answer 404, and put).
 */
class DeployerPolicyTest {

    private static final String ARN = "arn:aws:%s:us-east-1:123456789012:%s";
    private static final String STATE_MACHINE = String.format(ARN, "states", "stateMachine:MetaflowStack_HelloFlow");
    private static final String RULE = String.format(ARN, "events", "rule/MetaflowStack_HelloFlow");
    static final Map<Command, Set<String>> CALLS = Map.of(
            Command.CREATE, Set.of("states:ListStateMachines", "states:DescribeStateMachine", "s3:GetObject",
                    "s3:ListBucket", "s3:PutObject", "s3:AbortMultipartUpload", "batch:DescribeJobQueues",
                    "batch:DescribeComputeEnvironments", "batch:DescribeJobDefinitions", "batch:RegisterJobDefinition",
                    "iam:PassRole", "states:CreateStateMachine", "states:UpdateStateMachine", "events:DisableRule",
                    "events:PutRule", "events:PutTargets"),
            Command.TRIGGER, Set.of("states:ListStateMachines", "states:DescribeStateMachine", "states:StartExecution"),
            Command.LIST_RUNS, Set.of("states:ListStateMachines", "states:DescribeStateMachine", "states:ListExecutions"),
            Command.TERMINATE, Set.of("states:ListStateMachines", "states:DescribeStateMachine", "states:ListExecutions",
                    "states:StopExecution"),
            Command.DELETE, Set.of("states:ListStateMachines", "states:DescribeStateMachine", "events:RemoveTargets",
                    "events:DeleteRule", "states:DeleteStateMachine"));

    static Stream<TestDeployments> deployments() {
        return TestDeployments.all().stream();
    }

    static Stream<Arguments> commands() {
        return deployments().flatMap(deployment -> Arrays.stream(Command.values()).map(c -> Arguments.of(deployment, c)));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void allowsEveryCallOfTheCommandOnThisDeploymentsResources(TestDeployments deployment, Command command) {
        assertEquals(new TreeSet<>(CALLS.get(command)), new TreeSet<>(MetaflowAwsCalls.deployer(command)));
        PolicyStatements deployer = deployer(deployment);
        for (String action : CALLS.get(command)) {
            for (String resource : resourcesOf(deployment, action)) {
                assertTrue(deployer.allows(action, resource), command + " needs " + action + " on " + resource);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void grantsNothingBeyondTheCalls(TestDeployments deployment) {
        PolicyStatements deployer = deployer(deployment);
        Set<String> expected = new TreeSet<>();
        CALLS.values().forEach(expected::addAll);
        deployment.stack().datastore().encryptionKey().ifPresent(key -> {
            // SSE-KMS: PutObject needs GenerateDataKey, its multipart parts Decrypt; only through S3.
            expected.addAll(List.of("kms:GenerateDataKey", "kms:Decrypt"));
            assertTrue(deployer.allows("kms:GenerateDataKey", deployment.render(key.getKeyArn())));
            assertEquals(Map.of("StringEquals", Map.of("kms:ViaService", "s3.us-east-1.${AWS::URLSuffix}")),
                    PolicyStatements.renderedCondition(deployer.granting("kms:Decrypt").get(0).get("Condition")));
        });
        assertEquals(expected, deployer.actions());
        // Only the calls the Service Authorization Reference gives no resource type take "*".
        assertEquals(Set.of("states:ListStateMachines", "batch:DescribeJobQueues", "batch:DescribeComputeEnvironments",
                "batch:DescribeJobDefinitions"), PolicyStatements.actionsOf(deployer.onEveryResource()));
        assertFalse(deployer.allows("states:DeleteStateMachine", String.format(ARN, "states", "stateMachine:Other_Flow")));
        assertFalse(deployer.allows("events:DeleteRule", String.format(ARN, "events", "rule/Other_Flow")));
        assertFalse(deployer.allows("batch:RegisterJobDefinition", String.format(ARN, "batch", "job-definition/other")));
        assertFalse(deployer.allows("s3:PutObject", deployment.render(bucketArn(deployment)) + "/other/key"));
        assertFalse(deployer.allows("iam:PassRole", "arn:aws:iam::123456789012:role/Admin"));
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void passesTheServiceRolesOnlyToTheirServicesAndPutsOnlyStateMachinesAsTargets(TestDeployments deployment) {
        PolicyStatements deployer = deployer(deployment);
        assertEquals(Map.of("StringEquals", Map.of("iam:PassedToService", List.of("states.amazonaws.com"))),
                passRoleCondition(deployment, deployer, deployment.stack().stepFunctions().stateMachineRole()));
        assertEquals(Map.of("StringEquals", Map.of("iam:PassedToService", List.of("events.amazonaws.com"))),
                passRoleCondition(deployment, deployer, deployment.stack().stepFunctions().eventBridgeRole()));
        assertEquals(Map.of("ForAllValues:ArnLike", Map.of("events:TargetArn",
                List.of(String.format(ARN, "states", "stateMachine:MetaflowStack_*")))),
                deployer.granting("events:PutTargets").get(0).get("Condition"));
    }

    private static PolicyStatements deployer(TestDeployments deployment) {
        return PolicyStatements.ofManagedPolicy(deployment.template(), "StepFunctionsDeployerPolicy");
    }

    private static Object passRoleCondition(TestDeployments deployment, PolicyStatements deployer, IRole role) {
        String arn = deployment.render(role.getRoleArn());
        return deployer.granting("iam:PassRole").stream()
                .filter(statement -> PolicyStatements.texts(statement.get("Resource")).contains(arn))
                .findFirst().orElseThrow().get("Condition");
    }

    /** Where Metaflow makes each call, as an example ARN of this deployment. */
    private static List<String> resourcesOf(TestDeployments deployment, String action) {
        return switch (action) {
            case "states:ListStateMachines", "batch:DescribeJobQueues", "batch:DescribeComputeEnvironments",
                    "batch:DescribeJobDefinitions" -> List.of("*");
            case "states:StopExecution" -> List.of(String.format(ARN, "states", "execution:MetaflowStack_HelloFlow:e1"));
            case "events:DisableRule", "events:PutRule", "events:PutTargets", "events:RemoveTargets",
                    "events:DeleteRule" -> List.of(RULE);
            case "batch:RegisterJobDefinition" -> List.of(String.format(ARN, "batch", "job-definition/metaflow_0a1b2c"));
            case "iam:PassRole" -> passedRoles(deployment);
            case "s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload" ->
                    List.of(deployment.render(bucketArn(deployment)) + "/metaflow/HelloFlow/data/0a/0a1b2c");
            case "s3:ListBucket" -> List.of(deployment.render(bucketArn(deployment)));
            default -> List.of(STATE_MACHINE);
        };
    }

    /** The state machine role (push()), the EventBridge role (_set()), the job roles (job definitions). */
    private static List<String> passedRoles(TestDeployments deployment) {
        MetaflowStack stack = deployment.stack();
        List<IRole> roles = new ArrayList<>(List.of(stack.stepFunctions().stateMachineRole(),
                stack.stepFunctions().eventBridgeRole(), stack.batch().jobRole()));
        stack.batch().fargateExecutionRole().ifPresent(roles::add);
        return roles.stream().map(role -> deployment.render(role.getRoleArn())).toList();
    }

    private static String bucketArn(TestDeployments deployment) {
        return deployment.stack().datastore().bucket().getBucketArn();
    }
}

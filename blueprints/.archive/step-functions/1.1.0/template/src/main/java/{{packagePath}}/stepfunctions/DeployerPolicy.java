package {{package}}.stepfunctions;

import static {{package}}.stepfunctions.StepFunctionsScheduling.statement;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.constructs.Construct;

/**
 * The least privilege to run {@code step-functions create / trigger / list-runs / terminate / delete}:
 * manage and run this deployment's state machines and their schedule rules, register Batch job
 * definitions, pass the roles those reference, and upload the flow's code package to the datastore.
 */
final class DeployerPolicy extends Construct {

    private final ManagedPolicy policy;

    DeployerPolicy(Construct scope, String id, StepFunctionsArns arns, StepFunctionsSchedulingProps props, List<IRole> roles) {
        super(scope, id);
        List<String> passed = new ArrayList<>();
        roles.forEach(role -> passed.add(role.getRoleArn()));
        passed.add(props.jobRole().getRoleArn());
        props.passRoles().forEach(role -> passed.add(role.getRoleArn()));

        this.policy = ManagedPolicy.Builder.create(this, "Resource")
                .description("Run Metaflow's step-functions commands for state machines " + arns.prefix() + "_*")
                .statements(new ArrayList<>(List.of(
                        statement(List.of("states:CreateStateMachine", "states:UpdateStateMachine",
                                "states:DeleteStateMachine", "states:DescribeStateMachine", "states:TagResource",
                                "states:StartExecution", "states:ListExecutions"), List.of(arns.stateMachines())),
                        statement(List.of("states:DescribeExecution", "states:StopExecution", "states:GetExecutionHistory"),
                                List.of(arns.executions())),
                        statement(List.of("states:ListStateMachines"), List.of("*")),
                        statement(List.of("events:PutRule", "events:PutTargets", "events:DescribeRule",
                                "events:RemoveTargets", "events:DeleteRule", "events:ListTargetsByRule"),
                                List.of(arns.scheduleRules())),
                        statement(List.of("iam:PassRole"), passed),
                        statement(List.of("batch:RegisterJobDefinition"), List.of(arns.jobDefinitions())),
                        statement(List.of("batch:DescribeJobDefinitions"), List.of("*")),
                        statement(List.of("s3:GetObject", "s3:PutObject"), List.of(props.bucket().arnForObjects("*"))),
                        statement(List.of("s3:ListBucket"), List.of(props.bucket().getBucketArn())),
                        statement(StepFunctionsArns.LOG_DELIVERY_ACTIONS, List.of("*")))))
                .build();
        props.encryptionKey().ifPresent(key -> policy.addStatements(
                statement(List.of("kms:GenerateDataKey", "kms:Decrypt"), List.of(key.getKeyArn()))));
    }

    ManagedPolicy policy() {
        return policy;
    }
}

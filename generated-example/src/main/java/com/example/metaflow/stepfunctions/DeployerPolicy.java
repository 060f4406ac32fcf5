package com.example.metaflow.stepfunctions;

import static com.example.metaflow.stepfunctions.MetaflowAwsCalls.*;
import static com.example.metaflow.stepfunctions.StepFunctionsScheduling.conditioned;
import static com.example.metaflow.stepfunctions.StepFunctionsScheduling.statement;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.Construct;

/**
 * What {@code step-functions create / trigger / list-runs / terminate / delete} call
 * ({@link MetaflowAwsCalls#deployer}), each on this deployment's resources only: its state machines
 * and schedule rules, job definitions named metaflow_*, the roles Metaflow passes, and the
 * datastore's keys below metaflow/. Only states:ListStateMachines and Batch's Describe calls, which
 * AWS authorizes on no narrower resource, apply to "*".
 */
final class DeployerPolicy extends Construct {

    private final ManagedPolicy policy;

    DeployerPolicy(Construct scope, String id, StepFunctionsArns arns, StepFunctionsSchedulingProps props,
            IRole stateMachineRole, IRole eventBridgeRole) {
        super(scope, id);
        List<String> jobRoles = new ArrayList<>(List.of(props.jobRole().getRoleArn()));
        props.passRoles().forEach(role -> jobRoles.add(role.getRoleArn()));

        this.policy = ManagedPolicy.Builder.create(this, "Resource")
                .description("Run Metaflow's step-functions commands for state machines " + arns.prefix() + "_*")
                .statements(new ArrayList<>(List.of(
                        statement(List.of(CREATE_STATE_MACHINE, UPDATE_STATE_MACHINE, DELETE_STATE_MACHINE,
                                DESCRIBE_STATE_MACHINE, START_EXECUTION, LIST_EXECUTIONS), List.of(arns.stateMachines())),
                        statement(List.of(STOP_EXECUTION), List.of(arns.executions())),
                        statement(List.of(LIST_STATE_MACHINES), List.of("*")),
                        statement(List.of(PUT_RULE, DISABLE_RULE, REMOVE_TARGETS, DELETE_RULE), List.of(arns.scheduleRules())),
                        // The only target Metaflow puts on a schedule rule is the flow's state machine.
                        conditioned(statement(List.of(PUT_TARGETS), List.of(arns.scheduleRules())),
                                "ForAllValues:ArnLike", "events:TargetArn", List.of(arns.stateMachines())),
                        passRole(stateMachineRole, "states.amazonaws.com"),
                        passRole(eventBridgeRole, "events.amazonaws.com"),
                        statement(List.of(PASS_ROLE), jobRoles),
                        statement(List.of(REGISTER_JOB_DEFINITION), List.of(arns.jobDefinitions())),
                        statement(List.of(DESCRIBE_JOB_QUEUES, DESCRIBE_COMPUTE_ENVIRONMENTS, DESCRIBE_JOB_DEFINITIONS),
                                List.of("*")),
                        statement(List.of(GET_OBJECT, PUT_OBJECT, ABORT_MULTIPART_UPLOAD),
                                List.of(StepFunctionsArns.datastoreObjects(props.bucket()))),
                        statement(List.of(LIST_BUCKET), List.of(props.bucket().getBucketArn())))))
                .build();
        Stack stack = Stack.of(this);
        props.encryptionKey().ifPresent(key -> policy.addStatements(conditioned(
                statement(DEPLOYER_WITH_KEY, List.of(key.getKeyArn())), "StringEquals", "kms:ViaService",
                List.of("s3." + stack.getRegion() + "." + stack.getUrlSuffix()))));
    }

    ManagedPolicy policy() {
        return policy;
    }

    /** PassRole of a service role only to the service that assumes it (iam:PassedToService). */
    private static PolicyStatement passRole(IRole role, String service) {
        return conditioned(statement(List.of(PASS_ROLE), List.of(role.getRoleArn())),
                "StringEquals", "iam:PassedToService", List.of(service));
    }
}

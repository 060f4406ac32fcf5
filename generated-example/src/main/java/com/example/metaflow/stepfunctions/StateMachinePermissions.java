package com.example.metaflow.stepfunctions;

import static com.example.metaflow.stepfunctions.MetaflowAwsCalls.*;
import static com.example.metaflow.stepfunctions.StepFunctionsScheduling.conditioned;
import static com.example.metaflow.stepfunctions.StepFunctionsScheduling.statement;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.Role;

/**
 * What the state machines Metaflow deploys call as METAFLOW_SFN_IAM_ROLE
 * ({@link MetaflowAwsCalls#stateMachineRole()}): run Batch jobs through the .sync integration
 * (AWS Step Functions Developer Guide, "IAM policies for AWS Batch"), read the foreach table, run
 * distributed maps over their results in the datastore, and deliver execution history to CloudWatch Logs.
 */
final class StateMachinePermissions {

    /** The EventBridge rule Step Functions manages to learn when Batch jobs finish. */
    static final String BATCH_EVENTS_RULE_NAME = "StepFunctionsGetEventsForBatchJobsRule";

    private StateMachinePermissions() {
    }

    static void grant(Role role, StepFunctionsArns arns, StepFunctionsSchedulingProps props, ITable table) {
        // SubmitJob authorizes the queue, the job definition and the new job (Service Authorization Reference).
        List<String> submitTo = new ArrayList<>(List.of(props.jobQueue().getJobQueueArn(), arns.jobDefinitions(),
                arns.jobs()));
        props.additionalJobQueues().forEach(queue -> submitTo.add(queue.getJobQueueArn()));
        role.addToPrincipalPolicy(statement(List.of(SUBMIT_JOB), submitTo));
        // Tags on SubmitJob (batch.py create_job()) are authorized as TagResource on the new job.
        role.addToPrincipalPolicy(statement(List.of(TAG_RESOURCE, TERMINATE_JOB), List.of(arns.jobs())));
        role.addToPrincipalPolicy(statement(List.of(DESCRIBE_JOBS), List.of("*")));
        role.addToPrincipalPolicy(statement(BATCH_EVENTS_RULE, List.of(arns.rule(BATCH_EVENTS_RULE_NAME))));
        role.addToPrincipalPolicy(statement(List.of(GET_ITEM), List.of(table.getTableArn())));
        // Distributed map child executions run as executions of the parent state machine.
        role.addToPrincipalPolicy(statement(List.of(START_EXECUTION), List.of(arns.stateMachines())));
        role.addToPrincipalPolicy(statement(List.of(DESCRIBE_EXECUTION, STOP_EXECUTION), List.of(arns.executions())));
        role.addToPrincipalPolicy(statement(DISTRIBUTED_MAP_RESULTS,
                List.of(StepFunctionsArns.distributedMapOutput(props.bucket()))));
        // CloudWatch Logs documents the log delivery actions with resource "*" only.
        role.addToPrincipalPolicy(statement(LOG_DELIVERY, List.of("*")));
        Stack stack = Stack.of(role);
        props.encryptionKey().ifPresent(key -> role.addToPrincipalPolicy(conditioned(
                statement(List.of(DECRYPT, GENERATE_DATA_KEY), List.of(key.getKeyArn())), "StringEquals", "kms:ViaService",
                List.of("s3." + stack.getRegion() + "." + stack.getUrlSuffix(),
                        "dynamodb." + stack.getRegion() + "." + stack.getUrlSuffix()))));
    }
}

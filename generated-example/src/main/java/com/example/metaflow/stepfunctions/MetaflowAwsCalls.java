package com.example.metaflow.stepfunctions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every AWS API call Metaflow makes for {@code python flow.py step-functions ...} (read at Metaflow
 * 2.19.38), as the IAM action it needs, with the Metaflow source that makes it (paths below
 * metaflow/ in Netflix/metaflow). The deployer policy, the state machine role and the EventBridge
 * role grant these and nothing else; DeployerPolicyTest and StateMachineRoleTest hold them to it.
 */
final class MetaflowAwsCalls {

    /** The {@code step-functions} commands a person or CI runs. */
    enum Command { CREATE, TRIGGER, LIST_RUNS, TERMINATE, DELETE }

    // plugins/aws/step_functions/step_functions_client.py
    /** search(), via get_state_machine_arn(): every command finds its state machine by name. */
    static final String LIST_STATE_MACHINES = "states:ListStateMachines";
    /** get(): StepFunctions.get_existing_deployment / trigger / list / get_execution read the definition. */
    static final String DESCRIBE_STATE_MACHINE = "states:DescribeStateMachine";
    /** push(): create_state_machine, then update_state_machine when it already exists. */
    static final String CREATE_STATE_MACHINE = "states:CreateStateMachine";
    static final String UPDATE_STATE_MACHINE = "states:UpdateStateMachine";
    /** trigger(). */
    static final String START_EXECUTION = "states:StartExecution";
    /** list_executions(): list-runs, and get_execution() before terminate. */
    static final String LIST_EXECUTIONS = "states:ListExecutions";
    /** terminate_execution(). */
    static final String STOP_EXECUTION = "states:StopExecution";
    /** delete(). */
    static final String DELETE_STATE_MACHINE = "states:DeleteStateMachine";

    // plugins/aws/step_functions/event_bridge_client.py, from StepFunctions.schedule() and delete()
    /** _disable(): create of a flow without @schedule. */
    static final String DISABLE_RULE = "events:DisableRule";
    /** _set(): create of a flow with @schedule; put_targets passes METAFLOW_EVENTS_SFN_ACCESS_IAM_ROLE. */
    static final String PUT_RULE = "events:PutRule";
    static final String PUT_TARGETS = "events:PutTargets";
    /** delete(). */
    static final String REMOVE_TARGETS = "events:RemoveTargets";
    static final String DELETE_RULE = "events:DeleteRule";

    // plugins/aws/batch/batch_client.py BatchJob._register_job_definition(), once per step at create
    static final String DESCRIBE_JOB_QUEUES = "batch:DescribeJobQueues";
    static final String DESCRIBE_COMPUTE_ENVIRONMENTS = "batch:DescribeComputeEnvironments";
    static final String DESCRIBE_JOB_DEFINITIONS = "batch:DescribeJobDefinitions";
    /** Names it metaflow_<sha224>; passes the job role and, on Fargate, the execution role. */
    static final String REGISTER_JOB_DEFINITION = "batch:RegisterJobDefinition";
    /** Job definition roles (batch_client.py), the state machine role (push()), the EventBridge role (_set()). */
    static final String PASS_ROLE = "iam:PassRole";

    // The code package: step_functions_cli.py make_flow() -> flow_datastore.save_data() ->
    // datastore/content_addressed_store.py save_blobs() -> plugins/datastores/s3_storage.py
    /** is_file() -> S3.info() -> head_object; without ListBucket a missing key answers 403, not 404. */
    static final String GET_OBJECT = "s3:GetObject";
    static final String LIST_BUCKET = "s3:ListBucket";
    /** save_bytes() -> S3.put() -> upload_fileobj (multipart for large packages, aborted on failure). */
    static final String PUT_OBJECT = "s3:PutObject";
    static final String ABORT_MULTIPART_UPLOAD = "s3:AbortMultipartUpload";
    /** SSE-KMS on that PutObject (and its multipart parts), when the datastore has a KMS key. */
    static final String GENERATE_DATA_KEY = "kms:GenerateDataKey";
    static final String DECRYPT = "kms:Decrypt";

    // What the state machine definition (plugins/aws/step_functions/step_functions.py) calls at run time
    /** State.batch(): arn:aws:states:::batch:submitJob.sync with Tags from batch/batch.py create_job(). */
    static final String SUBMIT_JOB = "batch:SubmitJob";
    static final String TAG_RESOURCE = "batch:TagResource";
    /** The .sync integration polls the job and terminates it when the execution stops. */
    static final String DESCRIBE_JOBS = "batch:DescribeJobs";
    static final String TERMINATE_JOB = "batch:TerminateJob";
    /** The .sync integration's managed rule StepFunctionsGetEventsForBatchJobsRule. */
    static final List<String> BATCH_EVENTS_RULE = List.of("events:PutTargets", "events:PutRule", "events:DescribeRule");
    /** State.dynamo_db(): arn:aws:states:::dynamodb:getItem on METAFLOW_SFN_DYNAMO_DB_TABLE (foreach joins). */
    static final String GET_ITEM = "dynamodb:GetItem";
    /** --use-distributed-map: Workflow.mode("DISTRIBUTED") starts, watches and stops child executions. */
    static final String DESCRIBE_EXECUTION = "states:DescribeExecution";
    /** Map.result_writer() (s3:putObject), the *GetManifest state (aws-sdk:s3:getObject), JSONItemReader. */
    static final List<String> DISTRIBUTED_MAP_RESULTS = List.of("s3:PutObject", "s3:GetObject",
            "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload");
    /** --log-execution-history: StepFunctionsClient._default_logging_configuration(). */
    static final List<String> LOG_DELIVERY = List.of("logs:CreateLogDelivery", "logs:GetLogDelivery",
            "logs:UpdateLogDelivery", "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
            "logs:DescribeResourcePolicies", "logs:DescribeLogGroups");

    private MetaflowAwsCalls() {
    }

    /** What the person or CI running {@code command} needs, without a datastore KMS key. */
    static List<String> deployer(Command command) {
        List<String> find = List.of(LIST_STATE_MACHINES, DESCRIBE_STATE_MACHINE);
        return switch (command) {
            case CREATE -> concat(find, List.of(GET_OBJECT, LIST_BUCKET, PUT_OBJECT, ABORT_MULTIPART_UPLOAD,
                    DESCRIBE_JOB_QUEUES, DESCRIBE_COMPUTE_ENVIRONMENTS, DESCRIBE_JOB_DEFINITIONS,
                    REGISTER_JOB_DEFINITION, PASS_ROLE, CREATE_STATE_MACHINE, UPDATE_STATE_MACHINE,
                    DISABLE_RULE, PUT_RULE, PUT_TARGETS));
            case TRIGGER -> concat(find, List.of(START_EXECUTION));
            case LIST_RUNS -> concat(find, List.of(LIST_EXECUTIONS));
            case TERMINATE -> concat(find, List.of(LIST_EXECUTIONS, STOP_EXECUTION));
            case DELETE -> concat(find, List.of(REMOVE_TARGETS, DELETE_RULE, DELETE_STATE_MACHINE));
        };
    }

    /** What create needs on top when the datastore bucket is encrypted with a KMS key. */
    static final List<String> DEPLOYER_WITH_KEY = List.of(GENERATE_DATA_KEY, DECRYPT);

    /** What the state machines' role (METAFLOW_SFN_IAM_ROLE) needs; with a KMS key, also Decrypt/GenerateDataKey. */
    static List<String> stateMachineRole() {
        return concat(List.of(SUBMIT_JOB, TAG_RESOURCE, DESCRIBE_JOBS, TERMINATE_JOB), BATCH_EVENTS_RULE,
                List.of(GET_ITEM, START_EXECUTION, DESCRIBE_EXECUTION, STOP_EXECUTION), DISTRIBUTED_MAP_RESULTS,
                LOG_DELIVERY);
    }

    /** What the schedule rules' role (METAFLOW_EVENTS_SFN_ACCESS_IAM_ROLE) needs. */
    static final List<String> EVENT_BRIDGE_ROLE = List.of(START_EXECUTION);

    /**
     * What the Batch job role needs on the foreach table (plugins/aws/step_functions/dynamo_db_client.py):
     * put_item from save_foreach_cardinality() and update_item from save_parent_task_id_for_foreach_join()
     * (step_functions_decorator.py task_finished()), get_item from get_parent_task_ids_for_foreach_join()
     * (set_batch_environment.py).
     */
    static final List<String> JOB_ROLE_TABLE = List.of("dynamodb:PutItem", "dynamodb:UpdateItem", GET_ITEM);

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        Set<String> all = new LinkedHashSet<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}

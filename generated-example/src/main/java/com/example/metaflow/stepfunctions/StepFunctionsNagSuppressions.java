package com.example.metaflow.stepfunctions;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;
import software.constructs.IConstruct;

/**
 * Why each wildcard left in Step Functions' IAM policies is the narrowest AWS allows: one reason per
 * wildcard, on the policy that has it.
 */
final class StepFunctionsNagSuppressions {

    private static final NagPackSuppression STATE_MACHINES = wildcard("Metaflow creates one state machine per"
            + " flow at step-functions create, named <prefix>_<FlowName>; executions (distributed map children"
            + " included) are named after their state machine.",
            regex("^Resource::arn:[^:]+:states:[^:]+:[^:]+:(stateMachine|execution):.+_\\*$"));
    private static final NagPackSuppression JOB_DEFINITIONS = wildcard("Metaflow registers job definitions at"
            + " step-functions create, named metaflow_<sha224 of the definition> (batch_client.py).",
            regex("^Resource::arn:[^:]+:batch:[^:]+:[^:]+:job-definition/metaflow_\\*$"));

    private StepFunctionsNagSuppressions() {
    }

    static void deployerPolicy(IConstruct policy) {
        NagSuppressions.addResourceSuppressions(policy, List.of(
                wildcard("states:ListStateMachines, batch:DescribeJobQueues, batch:DescribeComputeEnvironments and"
                        + " batch:DescribeJobDefinitions have no resource type in the Service Authorization Reference.",
                        "Resource::*"),
                STATE_MACHINES,
                wildcard("Metaflow names each flow's schedule rule after its state machine, <prefix>_<FlowName>"
                        + " (event_bridge_client.py).", regex("^Resource::arn:[^:]+:events:[^:]+:[^:]+:rule/.+_\\*$")),
                JOB_DEFINITIONS,
                wildcard("Metaflow stores code packages under their content hash below the datastore root"
                        + " s3://<bucket>/metaflow.", regex("^Resource::(<.+\\.Arn>|arn:[^:]+:s3:::[^/]+)/metaflow/\\*$"))), true);
    }

    static void stateMachineRole(IConstruct role) {
        NagSuppressions.addResourceSuppressions(role, List.of(
                wildcard("batch:DescribeJobs and the CloudWatch Logs delivery actions have no resource type in the"
                        + " Service Authorization Reference.", "Resource::*"),
                STATE_MACHINES,
                JOB_DEFINITIONS,
                wildcard("Batch names jobs by the ID it generates at SubmitJob, which authorizes the new job's ARN"
                        + " (as do TagResource and TerminateJob).", regex("^Resource::arn:[^:]+:batch:[^:]+:[^:]+:job/\\*$")),
                wildcard("Distributed maps write their results under their map run ID below Metaflow's"
                        + " SFN_S3_DISTRIBUTED_MAP_OUTPUT_PATH, s3://<bucket>/metaflow/sfn_distributed_map_output.",
                        regex("^Resource::(<.+\\.Arn>|arn:[^:]+:s3:::[^/]+)/metaflow/sfn_distributed_map_output/\\*$"))), true);
    }

    static void eventBridgeRole(IConstruct role) {
        NagSuppressions.addResourceSuppressions(role, List.of(STATE_MACHINES), true);
    }

    private static NagPackSuppression wildcard(String reason, Object appliesTo) {
        return NagPackSuppression.builder().id("AwsSolutions-IAM5").reason(reason).appliesTo(List.of(appliesTo)).build();
    }

    private static RegexAppliesTo regex(String pattern) {
        return RegexAppliesTo.builder().regex("/" + pattern + "/").build();
    }
}

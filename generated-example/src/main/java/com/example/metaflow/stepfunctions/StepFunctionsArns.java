package com.example.metaflow.stepfunctions;

import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * The ARNs Metaflow's Step Functions resources live at, scoped to this deployment's state machine
 * prefix: Metaflow names state machines {@code <prefix>_<FlowName>}, and their schedule rules after
 * the state machine.
 */
record StepFunctionsArns(Stack stack, String prefix) {

    /**
     * The datastore's key prefix: METAFLOW_DATASTORE_SYSROOT_S3 is {@code s3://<bucket>/metaflow}
     * (Datastore.sysrootUrl()). Code packages go below it.
     */
    static final String DATASTORE_PREFIX = "metaflow";

    /**
     * Where distributed maps write their results: Metaflow's default SFN_S3_DISTRIBUTED_MAP_OUTPUT_PATH
     * is METAFLOW_DATASTORE_SYSROOT_S3 + "/sfn_distributed_map_output" (metaflow/metaflow_config.py).
     */
    static final String DISTRIBUTED_MAP_OUTPUT_PREFIX = DATASTORE_PREFIX + "/sfn_distributed_map_output";

    String stateMachines() {
        return arn("states", "stateMachine", prefix + "_*", ArnFormat.COLON_RESOURCE_NAME);
    }

    /** Executions of those state machines, distributed map child executions ({@code <name>/<label>:<id>}) included. */
    String executions() {
        return arn("states", "execution", prefix + "_*", ArnFormat.COLON_RESOURCE_NAME);
    }

    /** Rules on the default event bus named after the state machines (event_bridge_client.py format()). */
    String scheduleRules() {
        return rule(prefix + "_*");
    }

    String rule(String name) {
        return arn("events", "rule", name, ArnFormat.SLASH_RESOURCE_NAME);
    }

    /** Metaflow registers a job definition per step image and resources, named metaflow_<sha224>. */
    String jobDefinitions() {
        return arn("batch", "job-definition", "metaflow_*", ArnFormat.SLASH_RESOURCE_NAME);
    }

    /** Jobs are named by the IDs Batch generates at SubmitJob. */
    String jobs() {
        return arn("batch", "job", "*", ArnFormat.SLASH_RESOURCE_NAME);
    }

    static String datastoreObjects(IBucket bucket) {
        return bucket.arnForObjects(DATASTORE_PREFIX + "/*");
    }

    static String distributedMapOutput(IBucket bucket) {
        return bucket.arnForObjects(DISTRIBUTED_MAP_OUTPUT_PREFIX + "/*");
    }

    private String arn(String service, String resource, String name, ArnFormat format) {
        return stack.formatArn(ArnComponents.builder()
                .service(service).resource(resource).resourceName(name).arnFormat(format).build());
    }
}

package com.example.metaflow;

import com.example.metaflow.compute.BatchCompute;
import com.example.metaflow.datastore.Datastore;
import com.example.metaflow.metadata.MetadataApi;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.constructs.Construct;

/**
 * The Metaflow client configuration of this deployment, published as stack outputs.
 *
 * <p>Output {@value #CONFIG_OUTPUT} holds the whole {@code ~/.metaflowconfig/config.json} as JSON,
 * except {@code METAFLOW_SERVICE_AUTH_KEY}: an output cannot carry a secret value, so output
 * {@value #API_KEY_SECRET_OUTPUT} names the secret to read it from. {@code scripts/metaflow-config}
 * depends on both output names.
 */
public final class MetaflowConfig extends Construct {

    /** Output whose value is the client configuration as a JSON object. */
    public static final String CONFIG_OUTPUT = "MetaflowConfig";
    /** Output holding the ARN of the API key secret; only with the metadata service. */
    public static final String API_KEY_SECRET_OUTPUT = "ApiKeySecretArn";

    /** Prefix of the outputs holding the ARNs of additional queues, followed by the queue's name. */
    public static final String QUEUE_OUTPUT_PREFIX = "JobQueue";

    private final SortedMap<String, String> values = new TreeMap<>();

    public MetaflowConfig(Construct scope, String id, MetaflowConfigProps props) {
        super(scope, id);
        Datastore datastore = props.datastore();
        BatchCompute batch = props.batch();
        Optional<MetadataApi> api = props.metadataApi();
        values.put("METAFLOW_DEFAULT_DATASTORE", "s3");
        values.put("METAFLOW_DATASTORE_SYSROOT_S3", datastore.sysrootUrl());
        values.put("METAFLOW_DATATOOLS_S3ROOT", datastore.datatoolsUrl());
        values.put("METAFLOW_BATCH_JOB_QUEUE", batch.jobQueue().getJobQueueArn());
        values.put("METAFLOW_ECS_S3_ACCESS_IAM_ROLE", batch.jobRole().getRoleArn());
        batch.fargateExecutionRole().ifPresent(role ->
                values.put("METAFLOW_ECS_FARGATE_EXECUTION_ROLE", role.getRoleArn()));
        // Metaflow prefixes images without a registry, its default python:X.Y included, with this
        // (metaflow/plugins/aws/batch/batch_decorator.py), so they come through the pull-through cache.
        batch.containerRegistry().ifPresent(registry -> values.put("METAFLOW_BATCH_CONTAINER_REGISTRY", registry));
        values.put("METAFLOW_DEFAULT_METADATA", api.isPresent() ? "service" : "local");
        api.ifPresent(metadataApi -> {
            values.put("METAFLOW_SERVICE_URL", metadataApi.url());
            // Without an internal load balancer there is no stable private DNS name (the tasks
            // register SRV records only, which the HTTP API needs): Batch tasks use the API too,
            // with the x-api-key Metaflow forwards in METAFLOW_SERVICE_HEADERS.
            values.put("METAFLOW_SERVICE_INTERNAL_URL", props.internalServiceUrl().orElse(metadataApi.url()));
        });
        props.additionalValues().forEach((key, value) -> {
            if (values.putIfAbsent(key, value) != null) {
                throw new IllegalArgumentException("additionalValues may not redefine " + key + "; it is set from "
                        + "the datastore, Batch or metadata service.");
            }
        });

        CfnOutput.Builder.create(this, "Json")
                .description("Metaflow client configuration (scripts/metaflow-config writes it to ~/.metaflowconfig)")
                .value(Stack.of(this).toJsonString(values))
                .build()
                .overrideLogicalId(CONFIG_OUTPUT);
        api.ifPresent(metadataApi -> CfnOutput.Builder.create(this, "ApiKeySecret")
                .description("Secret holding METAFLOW_SERVICE_AUTH_KEY, the metadata API's x-api-key")
                .value(metadataApi.apiKey().getSecretArn())
                .build()
                .overrideLogicalId(API_KEY_SECRET_OUTPUT));
        batch.additionalQueues().forEach((name, queue) -> CfnOutput.Builder.create(this, "JobQueue" + name)
                .description("ARN of the " + name + " Batch queue: @batch(queue=...) or METAFLOW_BATCH_JOB_QUEUE")
                .value(queue.getJobQueueArn())
                .build()
                .overrideLogicalId(QUEUE_OUTPUT_PREFIX + name));
    }

    /** The configuration keys and their values (tokens until synthesis), sorted by key. */
    public Map<String, String> values() {
        return Collections.unmodifiableSortedMap(values);
    }
}

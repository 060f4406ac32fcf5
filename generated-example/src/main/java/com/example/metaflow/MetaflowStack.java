package com.example.metaflow;

import com.example.metaflow.compute.BatchCompute;
import com.example.metaflow.compute.BatchComputeProps;
import com.example.metaflow.datastore.Datastore;
import com.example.metaflow.datastore.DatastoreProps;
import com.example.metaflow.images.ContainerImages;
import com.example.metaflow.metadata.MetadataApi;
import com.example.metaflow.metadata.MetadataLoadBalancer;
import com.example.metaflow.metadata.MetadataService;
import com.example.metaflow.network.MetaflowNetwork;
import com.example.metaflow.secrets.SecretsAccess;
import com.example.metaflow.stepfunctions.StepFunctionsScheduling;
import com.example.metaflow.stepfunctions.StepFunctionsSchedulingProps;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awscdk.Stack;
import software.constructs.Construct;

/**
 * Metaflow on AWS: an S3 datastore and AWS Batch queues that scale to zero, plus, optionally, the
 * metadata service behind an HTTP API. By default everything sits in the default VPC at the
 * lowest idle cost; {@link MetaflowStackProps} adds a private network, encryption keys, a highly
 * available database and service, an internal URL, more queues, alarms and the Metaflow UI.
 *
 * <p>Without the metadata service nothing runs while idle; Metaflow then keeps metadata next to
 * the artifacts ({@code METAFLOW_DEFAULT_METADATA=local}).
 */
public class MetaflowStack extends Stack {

    private final ContainerImages images;
    private final Datastore datastore;
    private final BatchCompute batch;
    private final MetadataService metadataService;
    private final MetadataApi metadataApi;
    private final MetadataLoadBalancer metadataLoadBalancer;
    private final StepFunctionsScheduling stepFunctions;
    private final SecretsAccess secrets;
    private final MetaflowConfig config;

    public MetaflowStack(Construct scope, String id, MetaflowStackProps props) {
        super(scope, id, props.stackProps());
        StackNames.check(getStackName());
        MetaflowNetwork network = props.network().create(this, "Network");
        this.images = new ContainerImages(this, "Images", props.images());
        DatastoreProps datastoreProps = props.datastore();
        this.datastore = new Datastore(this, "Datastore", DatastoreProps.builder()
                .retain(props.retainData())
                .encryption(datastoreProps.encryption())
                .versioned(datastoreProps.versioned())
                .noncurrentVersionExpiration(datastoreProps.noncurrentVersionExpiration())
                .serverAccessLogs(datastoreProps.serverAccessLogs())
                .build());
        this.batch = new BatchCompute(this, "Batch", BatchComputeProps.builder()
                .network(network)
                .bucket(datastore.bucket())
                .compute(props.compute())
                .images(images)
                .build());
        StepStorage.stepImages(this, props.compute().stepImages(), batch, datastore, props.retainData());
        StepStorage.fileSystem(this, props.compute().sharedFileSystem(), network, batch, datastore, props.retainData());
        MetadataSide metadata = props.metadata().enabled()
                ? MetadataSide.create(this, network, props, images, datastore) : null;
        this.metadataService = metadata == null ? null : metadata.service();
        this.metadataApi = metadata == null ? null : metadata.api();
        this.metadataLoadBalancer = metadata == null ? null : metadata.loadBalancer();
        SecretsAndCost secretsAndCost = SecretsAndCost.create(this, props, batch);
        this.secrets = secretsAndCost.secrets().orElse(null);
        Map<String, String> configValues = new TreeMap<>(secretsAndCost.configValues());
        this.stepFunctions = new StepFunctionsScheduling(this, "StepFunctions", StepFunctionsSchedulingProps.builder()
                .bucket(datastore.bucket())
                .jobQueue(batch.jobQueue())
                .additionalJobQueues(List.copyOf(batch.additionalQueues().values()))
                .jobRole(batch.jobRole())
                .passRoles(batch.fargateExecutionRole().stream().toList())
                .encryptionKey(datastore.encryptionKey().orElse(null))
                .build());
        configValues.putAll(stepFunctions.configValues());
        this.config = new MetaflowConfig(this, "Config", MetaflowConfigProps.builder()
                .datastore(datastore)
                .batch(batch)
                .metadataApi(metadataApi)
                .internalServiceUrl(metadataLoadBalancer == null ? null : metadataLoadBalancer.url())
                .additionalValues(configValues)
                .build());
    }

    /** The S3 datastore. */
    public Datastore datastore() {
        return datastore;
    }

    /** The Batch queues and the roles their jobs use. */
    public BatchCompute batch() {
        return batch;
    }

    /** The metadata service; empty when the stack keeps metadata locally. */
    public Optional<MetadataService> metadataService() {
        return Optional.ofNullable(metadataService);
    }

    /** The metadata API; empty when the stack keeps metadata locally. */
    public Optional<MetadataApi> metadataApi() {
        return Optional.ofNullable(metadataApi);
    }

    /** The internal load balancer of the metadata service; empty unless configured. */
    public Optional<MetadataLoadBalancer> metadataLoadBalancer() {
        return Optional.ofNullable(metadataLoadBalancer);
    }

    /** Step Functions scheduling: roles, foreach table, execution logs, the deployer policy. */
    public StepFunctionsScheduling stepFunctions() {
        return stepFunctions;
    }

    /** The job role's access to this deployment's secrets ({@code @secrets}); empty when turned off. */
    public Optional<SecretsAccess> secrets() {
        return Optional.ofNullable(secrets);
    }

    /** The Metaflow client configuration this stack publishes. */
    public MetaflowConfig config() {
        return config;
    }

    /** Where the containers' images come from: the pull-through cache of ECR Public, unless turned off. */
    public ContainerImages images() {
        return images;
    }
}

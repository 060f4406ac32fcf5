package {{package}};

import {{package}}.compute.BatchCompute;
import {{package}}.compute.BatchComputeProps;
import {{package}}.datastore.Datastore;
import {{package}}.datastore.DatastoreProps;
import {{package}}.metadata.MetadataApi;
import {{package}}.metadata.MetadataApiProps;
import {{package}}.metadata.MetadataService;
import {{package}}.metadata.MetadataServiceProps;
import {{package}}.network.DefaultVpcNetwork;
import {{package}}.network.MetaflowNetwork;
{{#withStepFunctions}}
import {{package}}.stepfunctions.StepFunctionsScheduling;
import {{package}}.stepfunctions.StepFunctionsSchedulingProps;
{{/withStepFunctions}}
import java.util.Optional;
import software.amazon.awscdk.Stack;
import software.constructs.Construct;

/**
 * Metaflow on AWS at the lowest idle cost: an S3 datastore and an AWS Batch queue that scales
 * to zero in the default VPC, plus, optionally, the metadata service behind an HTTP API.
 *
 * <p>Without the metadata service nothing runs while idle; Metaflow then keeps metadata next to
 * the artifacts ({@code METAFLOW_DEFAULT_METADATA=local}).
 */
public class MetaflowStack extends Stack {

    private final Datastore datastore;
    private final BatchCompute batch;
    private final MetadataService metadataService;
    private final MetadataApi metadataApi;
{{#withStepFunctions}}
    private final StepFunctionsScheduling stepFunctions;
{{/withStepFunctions}}
    private final MetaflowConfig config;

    public MetaflowStack(Construct scope, String id, MetaflowStackProps props) {
        super(scope, id, props.stackProps());
        MetaflowNetwork network = new DefaultVpcNetwork(this, "Network");
        this.datastore = new Datastore(this, "Datastore", DatastoreProps.builder()
                .retain(props.retainData())
                .build());
        BatchComputeProps.Builder batchProps = BatchComputeProps.builder()
                .network(network)
                .bucket(datastore.bucket())
                .computeType(props.computeType())
                .spot(props.spot())
                .maxVcpus(props.maxVcpus());
        if (props.instanceTypes() != null) {
            batchProps.instanceTypes(props.instanceTypes());
        }
        this.batch = new BatchCompute(this, "Batch", batchProps.build());
        if (props.metadataService()) {
            this.metadataService = new MetadataService(this, "MetadataService", MetadataServiceProps.builder()
                    .network(network)
                    .imageTag(props.metadataServiceImageTag())
                    .postgresMajorVersion(props.postgresMajorVersion())
                    .retainData(props.retainData())
                    .build());
            this.metadataApi = new MetadataApi(this, "MetadataApi", MetadataApiProps.builder()
                    .network(network)
                    .service(metadataService)
                    .build());
        } else {
            this.metadataService = null;
            this.metadataApi = null;
        }
{{#withStepFunctions}}
        this.stepFunctions = new StepFunctionsScheduling(this, "StepFunctions", StepFunctionsSchedulingProps.builder()
                .bucket(datastore.bucket())
                .jobQueue(batch.jobQueue())
                .jobRole(batch.jobRole())
                .passRoles(batch.fargateExecutionRole().stream().toList())
                .build());
{{/withStepFunctions}}
        this.config = new MetaflowConfig(this, "Config", MetaflowConfigProps.builder()
                .datastore(datastore)
                .batch(batch)
                .metadataApi(metadataApi)
{{#withStepFunctions}}
                .additionalValues(stepFunctions.configValues())
{{/withStepFunctions}}
                .build());
    }

    /** The S3 datastore. */
    public Datastore datastore() {
        return datastore;
    }

    /** The Batch queue and the roles its jobs use. */
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

{{#withStepFunctions}}
    /** Step Functions scheduling: roles, foreach table, execution logs, the deployer policy. */
    public StepFunctionsScheduling stepFunctions() {
        return stepFunctions;
    }

{{/withStepFunctions}}
    /** The Metaflow client configuration this stack publishes. */
    public MetaflowConfig config() {
        return config;
    }
}

package com.example.metaflow;

import com.example.metaflow.compute.AdditionalQueue;
import com.example.metaflow.compute.BatchCompute;
import com.example.metaflow.compute.BatchComputeProps;
import com.example.metaflow.compute.ComputeType;
import com.example.metaflow.datastore.Datastore;
import com.example.metaflow.datastore.DatastoreProps;
import com.example.metaflow.images.ContainerImages;
import com.example.metaflow.metadata.MetadataApi;
import com.example.metaflow.metadata.MetadataApiProps;
import com.example.metaflow.metadata.MetadataLoadBalancer;
import com.example.metaflow.metadata.MetadataLoadBalancerProps;
import com.example.metaflow.metadata.MetadataService;
import com.example.metaflow.metadata.MetadataServiceProps;
import com.example.metaflow.metadata.SchemaUpgradeFunction;
import com.example.metaflow.monitoring.Monitoring;
import com.example.metaflow.monitoring.MonitoringProps;
import com.example.metaflow.network.MetaflowNetwork;
import com.example.metaflow.stepfunctions.StepFunctionsScheduling;
import com.example.metaflow.stepfunctions.StepFunctionsSchedulingProps;
import com.example.metaflow.ui.MetaflowUi;
import com.example.metaflow.ui.MetaflowUiProps;
import com.example.metaflow.ui.UiOptions;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.CfnOutput;
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
        BatchComputeProps.Builder batchProps = BatchComputeProps.builder()
                .network(network)
                .bucket(datastore.bucket())
                .computeType(props.computeType())
                .spot(props.spot())
                .maxVcpus(props.maxVcpus())
                .additionalQueues(props.additionalQueues())
                .hardenedInstances(props.hardenedInstances())
                .images(images);
        if (props.instanceTypes() != null) {
            batchProps.instanceTypes(props.instanceTypes());
        }
        this.batch = new BatchCompute(this, "Batch", batchProps.build());
        if (props.metadataService()) {
            this.metadataService = new MetadataService(this, "MetadataService", MetadataServiceProps.builder()
                    .network(network)
                    .imageTag(props.metadataServiceImageTag())
                    .images(props.images().serviceImagesThroughCache() ? images : null)
                    .postgresMajorVersion(props.postgresMajorVersion())
                    .retainData(props.retainData())
                    .database(props.database())
                    .desiredCount(props.metadataTasks())
                    .maxCount(props.metadataMaxTasks())
                    .containerInsights(props.operations().containerInsights())
                    .logRetention(props.operations().logRetention())
                    .build());
            this.metadataApi = new MetadataApi(this, "MetadataApi", MetadataApiProps.builder()
                    .network(network)
                    .service(metadataService)
                    .concurrentTasks(concurrentTasks(props))
                    .build());
            this.metadataLoadBalancer = props.internalLoadBalancer() ? createLoadBalancer(network) : null;
            if (props.operations().alarms()) {
                createMonitoring(props);
            }
            if (props.ui() != null) {
                createUi(network, props.ui());
            }
        } else {
            this.metadataService = null;
            this.metadataApi = null;
            this.metadataLoadBalancer = null;
        }
        this.stepFunctions = new StepFunctionsScheduling(this, "StepFunctions", StepFunctionsSchedulingProps.builder()
                .bucket(datastore.bucket())
                .jobQueue(batch.jobQueue())
                .additionalJobQueues(List.copyOf(batch.additionalQueues().values()))
                .jobRole(batch.jobRole())
                .passRoles(batch.fargateExecutionRole().stream().toList())
                .encryptionKey(datastore.encryptionKey().orElse(null))
                .build());
        this.config = new MetaflowConfig(this, "Config", MetaflowConfigProps.builder()
                .datastore(datastore)
                .batch(batch)
                .metadataApi(metadataApi)
                .internalServiceUrl(metadataLoadBalancer == null ? null : metadataLoadBalancer.url())
                .additionalValues(stepFunctions.configValues())
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

    /** The Metaflow client configuration this stack publishes. */
    public MetaflowConfig config() {
        return config;
    }

    /** Where the containers' images come from: the pull-through cache of ECR Public, unless turned off. */
    public ContainerImages images() {
        return images;
    }

    /**
     * The most tasks running at once: a task per vCPU of every queue, but four per vCPU of a
     * Fargate queue, since Fargate's smallest task has 0.25 vCPU (additional queues are EC2).
     */
    private static int concurrentTasks(MetaflowStackProps props) {
        int perVcpu = props.computeType() == ComputeType.FARGATE ? 4 : 1;
        return perVcpu * props.maxVcpus() + props.additionalQueues().stream().mapToInt(AdditionalQueue::maxVcpus).sum();
    }

    private void createMonitoring(MetaflowStackProps props) {
        MonitoringProps.Builder monitoring = MonitoringProps.builder()
                .service(metadataService)
                .loadBalancer(metadataLoadBalancer)
                .minimumTasks(props.metadataTasks());
        props.operations().alarmEmail().ifPresent(monitoring::alarmEmail);
        new Monitoring(this, "Monitoring", monitoring.build());
    }

    private void createUi(MetaflowNetwork network, UiOptions ui) {
        MetaflowUi metaflowUi = new MetaflowUi(this, "Ui", MetaflowUiProps.builder()
                .network(network).service(metadataService).datastore(datastore).options(ui).build());
        CfnOutput.Builder.create(this, "UiUrl")
                .description("The Metaflow UI; sign in with your Cognito or OIDC account")
                .value("https://" + ui.domainName())
                .build();
        metaflowUi.userPool().ifPresent(pool -> CfnOutput.Builder.create(this, "UiUserPoolId")
                .description("Cognito user pool of the UI (aws cognito-idp admin-create-user --user-pool-id ...)")
                .value(pool.getUserPoolId())
                .build());
    }

    private MetadataLoadBalancer createLoadBalancer(MetaflowNetwork network) {
        MetadataLoadBalancerProps.Builder loadBalancerProps = MetadataLoadBalancerProps.builder()
                .network(network)
                .service(metadataService);
        datastore.accessLogs().ifPresent(loadBalancerProps::accessLogs);
        MetadataLoadBalancer loadBalancer = new MetadataLoadBalancer(this, "MetadataLoadBalancer",
                loadBalancerProps.build());
        SchemaUpgradeFunction upgrade = new SchemaUpgradeFunction(this, "SchemaUpgrade", network, loadBalancer);
        CfnOutput.Builder.create(this, "SchemaUpgradeFunctionName")
                .description("Lambda function running the metadata schema upgrade (just db-status / db-upgrade)")
                .value(upgrade.function().getFunctionName())
                .build();
        CfnOutput.Builder.create(this, "MetadataClusterName")
                .description("ECS cluster of the metadata service (just db-upgrade restarts its tasks)")
                .value(metadataService.service().getCluster().getClusterName())
                .build();
        CfnOutput.Builder.create(this, "MetadataServiceName")
                .description("ECS service of the metadata service")
                .value(metadataService.service().getServiceName())
                .build();
        return loadBalancer;
    }
}

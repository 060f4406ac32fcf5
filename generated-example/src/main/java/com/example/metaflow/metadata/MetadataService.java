package com.example.metaflow.metadata;

import com.example.metaflow.images.ContainerImages;
import com.example.metaflow.images.PublicImage;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ecs.CapacityProviderStrategy;
import software.amazon.awscdk.services.ecs.CloudMapOptions;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.ContainerInsights;
import software.amazon.awscdk.services.ecs.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.IBaseService;
import software.amazon.awscdk.services.ecs.IEcsLoadBalancerTarget;
import software.amazon.awscdk.services.ecs.LoadBalancerTargetOptions;
import software.amazon.awscdk.services.ecs.TaskDefinition;
import software.amazon.awscdk.services.servicediscovery.DnsRecordType;
import software.amazon.awscdk.services.servicediscovery.IService;
import software.amazon.awscdk.services.servicediscovery.PrivateDnsNamespace;
import software.constructs.Construct;

/**
 * The Metaflow metadata service: Fargate tasks (0.25 vCPU, 1 GB each; one by default, optionally
 * more spread over zones and scaled on CPU) of {@code netflixoss/metaflow_metadata_service} in
 * front of {@link MetadataDatabase}; with {@link ContainerImages}, the same image's ECR Public
 * mirror through the stack's pull-through cache.
 *
 * <p>The image's default command starts the migration server (port 8082), which creates the schema
 * in an empty database, then the metadata service (port 8080). The task registers an SRV record,
 * which the HTTP API integration needs, in a private Cloud Map namespace. It accepts no traffic
 * until a client is allowed through {@link #getConnections()}.
 */
public final class MetadataService extends Construct implements IConnectable {

    /** Port of the metadata API. */
    public static final int METADATA_PORT = 8080;
    /** Port of the schema migration API; no security group rule opens it. */
    public static final int MIGRATION_PORT = 8082;

    private static final String CONTAINER = "metadata";

    private final MetadataDatabase database;
    private final String imageName;
    private final String imageTag;
    private final Optional<ContainerImages> images;
    private final SortedMap<String, String> databaseEnvironment;
    private final FargateService service;
    private final int desiredCount;

    public MetadataService(Construct scope, String id, MetadataServiceProps props) {
        super(scope, id);
        this.database = MetadataDatabase.create(this, "Database", props);
        this.imageName = PublicImage.METADATA_SERVICE.withoutCache() + ":" + props.imageTag();
        this.imageTag = props.imageTag();
        this.desiredCount = props.desiredCount();
        this.images = props.images();
        this.databaseEnvironment = MetadataContainer.databaseEnvironment(database, props.postgresMajorVersion());
        Cluster.Builder cluster = Cluster.Builder.create(this, "Cluster").vpc(props.network().vpc());
        if (props.containerInsights()) {
            cluster.containerInsightsV2(ContainerInsights.ENABLED);
        }
        FargateTaskDefinition taskDefinition = FargateTaskDefinition.Builder.create(this, "TaskDefinition")
                .cpu(256)
                .memoryLimitMiB(1024)
                .build();
        ContainerDefinition container = taskDefinition.addContainer(CONTAINER, MetadataContainer.options(this, props,
                containerImage(taskDefinition), databaseEnvironment, database.secret()));
        boolean spot = props.capacity() == ServiceCapacity.FARGATE_SPOT;
        cluster.enableFargateCapacityProviders(spot ? true : null);
        this.service = FargateService.Builder.create(this, "Service")
                .cluster(cluster.build())
                .capacityProviderStrategies(spot ? List.of(CapacityProviderStrategy.builder()
                        .capacityProvider("FARGATE_SPOT").weight(1).build()) : null)
                .taskDefinition(taskDefinition)
                .desiredCount(props.desiredCount())
                .minHealthyPercent(100)
                .maxHealthyPercent(200)
                .circuitBreaker(DeploymentCircuitBreaker.builder().rollback(true).build())
                .vpcSubnets(props.network().serviceSubnets())
                .assignPublicIp(props.network().assignPublicIp())
                .cloudMapOptions(CloudMapOptions.builder()
                        .cloudMapNamespace(PrivateDnsNamespace.Builder.create(this, "Namespace")
                                .name(Stack.of(this).getStackName().toLowerCase(Locale.ROOT) + ".internal")
                                .vpc(props.network().vpc())
                                .build())
                        .name("metadata")
                        .dnsRecordType(DnsRecordType.SRV)
                        .container(container)
                        .containerPort(METADATA_PORT)
                        .dnsTtl(Duration.seconds(10))
                        .build())
                .build();
        database.getConnections().allowDefaultPortFrom(service, "Metaflow metadata service");
        MetadataNagSuppressions.taskDefinition(taskDefinition);
        if (props.maxCount() > props.desiredCount()) {
            service.autoScaleTaskCount(EnableScalingProps.builder()
                    .minCapacity(props.desiredCount()).maxCapacity(props.maxCount()).build())
                    .scaleOnCpuUtilization("CpuScaling", CpuUtilizationScalingProps.builder()
                            .targetUtilizationPercent(60).build());
        }
        if (!props.containerInsights()) {
            MetadataNagSuppressions.cluster(service.getCluster());
        }
    }

    /** The PostgreSQL database holding flows, runs, steps, tasks and artifact metadata. */
    public MetadataDatabase database() {
        return database;
    }

    /**
     * This service's image, at its tag, for a container of another task definition (the UI
     * backend): through the stack's pull-through cache when there is one, granting that task
     * definition's execution role the pull; otherwise the official image on Docker Hub.
     */
    public ContainerImage containerImage(TaskDefinition taskDefinition) {
        return images.map(cache -> cache.containerImage(taskDefinition, PublicImage.METADATA_SERVICE, imageTag))
                .orElseGet(() -> ContainerImage.fromRegistry(imageName));
    }

    /** The {@code MF_METADATA_DB_*} variables except the password, which is {@code database().secret()}. */
    public Map<String, String> databaseEnvironment() {
        return Collections.unmodifiableSortedMap(databaseEnvironment);
    }

    /** Tasks normally running: what {@code just wake} restores after {@code just sleep} set 0. */
    public int desiredCount() {
        return desiredCount;
    }

    /** The ECS service, for alarms on its running tasks. */
    public IBaseService service() {
        return service;
    }

    /** A load balancer target for the tasks' {@code containerPort} (8080 or 8082). */
    public IEcsLoadBalancerTarget loadBalancerTarget(int containerPort) {
        return service.loadBalancerTarget(LoadBalancerTargetOptions.builder()
                .containerName(CONTAINER).containerPort(containerPort).build());
    }

    /** The Cloud Map service (SRV records, port 8080) that the running task registers into. */
    public IService cloudMapService() {
        return service.getCloudMapService();
    }

    /** Connections of the service's tasks; allow port {@link #METADATA_PORT} from clients. */
    @Override
    public Connections getConnections() {
        return service.getConnections();
    }
}

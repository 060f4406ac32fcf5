package {{package}}.metadata;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.CloudMapOptions;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.HealthCheck;
import software.amazon.awscdk.services.ecs.LogDrivers;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.IDatabaseInstance;
import software.amazon.awscdk.services.servicediscovery.DnsRecordType;
import software.amazon.awscdk.services.servicediscovery.IService;
import software.amazon.awscdk.services.servicediscovery.PrivateDnsNamespace;
import software.constructs.Construct;

/**
 * The Metaflow metadata service: one Fargate task (0.25 vCPU, 1 GB) of
 * {@code netflixoss/metaflow_metadata_service} in front of {@link MetadataDatabase}.
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

    private final DatabaseInstance database;
    private final FargateService service;

    public MetadataService(Construct scope, String id, MetadataServiceProps props) {
        super(scope, id);
        this.database = MetadataDatabase.create(this, "Database", props);
        FargateTaskDefinition taskDefinition = FargateTaskDefinition.Builder.create(this, "TaskDefinition")
                .cpu(256)
                .memoryLimitMiB(1024)
                .build();
        ContainerDefinition container = taskDefinition.addContainer("metadata", containerOptions(props));
        this.service = FargateService.Builder.create(this, "Service")
                .cluster(Cluster.Builder.create(this, "Cluster").vpc(props.network().vpc()).build())
                .taskDefinition(taskDefinition)
                .desiredCount(1)
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
        NagSuppressions.addResourceSuppressions(taskDefinition, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-ECS2")
                .reason("The environment holds only the database host, port, user, name and SSL mode;"
                        + " the password is injected from Secrets Manager.")
                .build()));
        NagSuppressions.addResourceSuppressions(service.getCluster(), List.of(NagPackSuppression.builder()
                .id("AwsSolutions-ECS4")
                .reason("Container Insights bills custom metrics for a one-task cluster; the service's CPU"
                        + " and memory metrics and its logs are enough here.")
                .build()));
    }

    /** The PostgreSQL instance holding flows, runs, steps, tasks and artifact metadata. */
    public IDatabaseInstance database() {
        return database;
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

    private ContainerDefinitionOptions containerOptions(MetadataServiceProps props) {
        return ContainerDefinitionOptions.builder()
                .image(ContainerImage.fromRegistry("netflixoss/metaflow_metadata_service:" + props.imageTag()))
                .portMappings(List.of(
                        PortMapping.builder().containerPort(METADATA_PORT).name("metadata").build(),
                        PortMapping.builder().containerPort(MIGRATION_PORT).name("migration").build()))
                .environment(new TreeMap<>(Map.of(
                        "MF_METADATA_DB_HOST", database.getDbInstanceEndpointAddress(),
                        "MF_METADATA_DB_PORT", database.getDbInstanceEndpointPort(),
                        "MF_METADATA_DB_USER", MetadataDatabase.USER,
                        "MF_METADATA_DB_NAME", MetadataDatabase.NAME,
                        "MF_METADATA_DB_SSL_MODE", MetadataDatabase.sslMode(props.postgresMajorVersion()))))
                .secrets(Map.of("MF_METADATA_DB_PSWD", Secret.fromSecretsManager(database.getSecret(), "password")))
                .healthCheck(HealthCheck.builder()
                        // The image has Python but not necessarily curl.
                        .command(List.of("CMD-SHELL", "python3 -c \"import urllib.request; urllib.request"
                                + ".urlopen('http://localhost:" + METADATA_PORT + "/ping', timeout=4)\""))
                        .interval(Duration.seconds(30))
                        .timeout(Duration.seconds(5))
                        .retries(3)
                        .startPeriod(Duration.seconds(120))
                        .build())
                .logging(LogDrivers.awsLogs(AwsLogDriverProps.builder()
                        .streamPrefix("metadata")
                        .logGroup(LogGroup.Builder.create(this, "Logs")
                                .retention(RetentionDays.ONE_MONTH)
                                .removalPolicy(RemovalPolicy.DESTROY)
                                .build())
                        .build()))
                .build();
    }
}

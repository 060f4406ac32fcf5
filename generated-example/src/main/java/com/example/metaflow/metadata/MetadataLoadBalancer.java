package com.example.metaflow.metadata;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationTargetsProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;
import software.constructs.Construct;

/**
 * An internal Application Load Balancer in front of the metadata service: the private
 * {@code METAFLOW_SERVICE_INTERNAL_URL} of Batch tasks (port 80, open to the VPC's CIDR) and the
 * migration API (port 8082, open only to clients named through {@link #allowMigrationFrom}).
 *
 * <p>Chosen over Cloud Map A records because the tasks already register SRV records for the HTTP
 * API and ECS allows one registry per service, and over an NLB because it health-checks
 * {@code /ping} over HTTP and publishes 5xx counts for alarms. Traffic stays inside the VPC; it
 * is plain HTTP because a private certificate authority would cost $400 a month.
 */
public final class MetadataLoadBalancer extends Construct {

    /**
     * Longer than a schema upgrade may take ({@link SchemaUpgradeFunction}): {@code PATCH /upgrade}
     * sends nothing until goose is done, and ALB's default idle timeout of 60 seconds would answer
     * 504 while the migration goes on (Elastic Load Balancing, "Connection idle timeout").
     */
    public static final Duration IDLE_TIMEOUT = Duration.minutes(15);

    private final ApplicationLoadBalancer loadBalancer;
    private final ApplicationTargetGroup metadataTargets;
    private final ApplicationListener migrationListener;

    public MetadataLoadBalancer(Construct scope, String id, MetadataLoadBalancerProps props) {
        super(scope, id);
        this.loadBalancer = ApplicationLoadBalancer.Builder.create(this, "Resource")
                .vpc(props.network().vpc())
                .vpcSubnets(props.network().serviceSubnets())
                .internetFacing(false)
                .dropInvalidHeaderFields(true)
                .idleTimeout(IDLE_TIMEOUT)
                .build();
        props.accessLogs().ifPresentOrElse(bucket -> loadBalancer.logAccessLogs(bucket, "metadata-alb"),
                () -> NagSuppressions.addResourceSuppressions(loadBalancer, List.of(NagPackSuppression.builder()
                        .id("AwsSolutions-ELB2")
                        .reason("No access log bucket is configured for the datastore; the internal load"
                                + " balancer only carries Metaflow metadata calls from inside the VPC.")
                        .build())));
        ApplicationListener metadataListener = listener("Http", 80);
        loadBalancer.getConnections().allowFrom(Peer.ipv4(props.network().vpc().getVpcCidrBlock()), Port.tcp(80),
                "Metaflow clients and Batch tasks in the VPC");
        NagSuppressions.addResourceSuppressions(loadBalancer, List.of(NagPackSuppression.builder()
                .id("CdkNagValidationFailure")
                .reason("EC23 cannot resolve the VPC's CIDR block, a token for a VPC of this stack; the rule's"
                        + " source is that private range, never 0.0.0.0/0.")
                .appliesTo(List.of("AwsSolutions-EC23"))
                .build()), true);
        this.metadataTargets = metadataListener.addTargets("Metadata", targets(props, MetadataService.METADATA_PORT,
                "/ping"));
        this.migrationListener = listener("Migration", MetadataService.MIGRATION_PORT);
        // Not /db_schema_status: it runs goose against the database on every call and answers 500 on
        // any error, and ECS replaces a task that any of its target groups finds unhealthy. The
        // migration server answers GET /ping with "pong" (Netflix/metaflow-service,
        // services/migration_service/api/admin.py).
        migrationListener.addTargets("Migration", targets(props, MetadataService.MIGRATION_PORT, "/ping"));
    }

    /** Value of {@code METAFLOW_SERVICE_INTERNAL_URL}. */
    public String url() {
        return "http://" + loadBalancer.getLoadBalancerDnsName();
    }

    /** Base URL of the migration API ({@code GET /db_schema_status}, {@code PATCH /upgrade}). */
    public String migrationUrl() {
        return "http://" + loadBalancer.getLoadBalancerDnsName() + ":" + MetadataService.MIGRATION_PORT;
    }

    /** Lets {@code client} call the migration API. */
    public void allowMigrationFrom(IConnectable client) {
        migrationListener.getConnections().allowDefaultPortFrom(client, "Metaflow schema migration");
    }

    /** Responses with a 5xx status from the metadata tasks, summed per minute. */
    public Metric target5xxCount() {
        return metadataTargets.getMetrics().httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT);
    }

    /** Metadata tasks passing the load balancer's health check, minimum per minute. */
    public Metric healthyTaskCount() {
        return metadataTargets.getMetrics().healthyHostCount();
    }

    private ApplicationListener listener(String id, int port) {
        return loadBalancer.addListener(id, BaseApplicationListenerProps.builder()
                .port(port).protocol(ApplicationProtocol.HTTP).open(false).build());
    }

    private static AddApplicationTargetsProps targets(MetadataLoadBalancerProps props, int port, String healthPath) {
        return AddApplicationTargetsProps.builder()
                .protocol(ApplicationProtocol.HTTP)
                .port(port)
                .targets(List.of(props.service().loadBalancerTarget(port)))
                .healthCheck(HealthCheck.builder().path(healthPath).healthyHttpCodes("200").build())
                .deregistrationDelay(Duration.seconds(30))
                .build();
    }
}

package {{package}}.ui;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.CertificateValidation;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.LogDrivers;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.route53.ARecord;
import software.amazon.awscdk.services.route53.HostedZone;
import software.amazon.awscdk.services.route53.HostedZoneProviderProps;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.amazon.awscdk.services.route53.RecordTarget;
import software.amazon.awscdk.services.route53.targets.LoadBalancerTarget;
import software.constructs.Construct;

/**
 * The Metaflow UI: one Fargate task (0.5 vCPU, 1 GB) of the metadata service image running the UI
 * backend, which also serves the UI bundle, behind an HTTPS load balancer at {@code domainName}
 * with a DNS-validated certificate. The listener authenticates every request (Cognito or OIDC)
 * before it reaches the task; HTTP redirects to HTTPS.
 */
public final class MetaflowUi extends Construct {

    /** Port of the UI backend. */
    public static final int UI_PORT = 8083;

    private final FargateService service;

    public MetaflowUi(Construct scope, String id, MetaflowUiProps props) {
        super(scope, id);
        UiOptions options = props.options();
        FargateTaskDefinition taskDefinition = FargateTaskDefinition.Builder.create(this, "TaskDefinition")
                .cpu(512).memoryLimitMiB(1024).build();
        taskDefinition.addContainer("ui-backend", containerOptions(props));
        props.datastore().bucket().grantRead(taskDefinition.getTaskRole());
        this.service = FargateService.Builder.create(this, "Service")
                .cluster(props.service().service().getCluster())
                .taskDefinition(taskDefinition)
                .desiredCount(1)
                .minHealthyPercent(100)
                .maxHealthyPercent(200)
                .circuitBreaker(DeploymentCircuitBreaker.builder().rollback(true).build())
                .vpcSubnets(props.network().serviceSubnets())
                .assignPublicIp(props.network().assignPublicIp())
                .build();
        props.service().database().getConnections().allowDefaultPortFrom(service, "Metaflow UI backend");

        IHostedZone zone = HostedZone.fromLookup(this, "Zone",
                HostedZoneProviderProps.builder().domainName(options.hostedZoneName()).build());
        ApplicationLoadBalancer loadBalancer = ApplicationLoadBalancer.Builder.create(this, "LoadBalancer")
                .vpc(props.network().vpc())
                .vpcSubnets(options.internal() ? props.network().serviceSubnets() : props.network().publicSubnets())
                .internetFacing(!options.internal())
                .dropInvalidHeaderFields(true)
                .build();
        props.datastore().accessLogs().ifPresent(bucket -> loadBalancer.logAccessLogs(bucket, "ui-alb"));
        ApplicationTargetGroup targets = ApplicationTargetGroup.Builder.create(this, "Targets")
                .vpc(props.network().vpc())
                .protocol(ApplicationProtocol.HTTP)
                .port(UI_PORT)
                .targets(List.of(service))
                .healthCheck(HealthCheck.builder().path("/api/ping").healthyHttpCodes("200").build())
                .deregistrationDelay(Duration.seconds(30))
                .build();
        loadBalancer.addListener("Https", BaseApplicationListenerProps.builder()
                .protocol(ApplicationProtocol.HTTPS)
                .certificates(List.of(ListenerCertificate.fromCertificateManager(Certificate.Builder
                        .create(this, "Certificate")
                        .domainName(options.domainName())
                        .validation(CertificateValidation.fromDns(zone))
                        .build())))
                .defaultAction(UiSignIn.action(this, options, ListenerAction.forward(List.of(targets))))
                .build());
        loadBalancer.addRedirect();
        ARecord.Builder.create(this, "Alias").zone(zone).recordName(options.domainName())
                .target(RecordTarget.fromAlias(new LoadBalancerTarget(loadBalancer))).build();
        suppressNagFindings(taskDefinition, loadBalancer, props);
    }

    /** The UI's ECS service. */
    public FargateService service() {
        return service;
    }

    private ContainerDefinitionOptions containerOptions(MetaflowUiProps props) {
        Map<String, String> environment = new TreeMap<>(props.service().databaseEnvironment());
        String datastoreRoot = props.datastore().sysrootUrl();
        environment.putAll(Map.of("UI_ENABLED", "1", "PATH_PREFIX", "/api/",
                "MF_DATASTORE_ROOT", datastoreRoot, "METAFLOW_DATASTORE_SYSROOT_S3", datastoreRoot,
                "METAFLOW_SERVICE_URL", "http://localhost:" + UI_PORT + "/api/metadata",
                "METAFLOW_DEFAULT_DATASTORE", "s3", "METAFLOW_DEFAULT_METADATA", "service"));
        return ContainerDefinitionOptions.builder()
                .image(ContainerImage.fromRegistry(props.service().imageName()))
                .command(List.of("/opt/latest/bin/python3", "-m", "services.ui_backend_service.ui_server"))
                .portMappings(List.of(PortMapping.builder().containerPort(UI_PORT).build()))
                .environment(environment)
                .secrets(Map.of("MF_METADATA_DB_PSWD",
                        Secret.fromSecretsManager(props.service().database().secret(), "password")))
                .healthCheck(software.amazon.awscdk.services.ecs.HealthCheck.builder()
                        .command(List.of("CMD-SHELL", "python3 -c \"import urllib.request; urllib.request"
                                + ".urlopen('http://localhost:" + UI_PORT + "/api/ping', timeout=4)\""))
                        .startPeriod(Duration.seconds(120))
                        .build())
                .logging(LogDrivers.awsLogs(AwsLogDriverProps.builder()
                        .streamPrefix("ui")
                        .logGroup(LogGroup.Builder.create(this, "Logs")
                                .retention(RetentionDays.THREE_MONTHS).removalPolicy(RemovalPolicy.DESTROY).build())
                        .build()))
                .build();
    }

    private static void suppressNagFindings(FargateTaskDefinition taskDefinition, ApplicationLoadBalancer loadBalancer,
            MetaflowUiProps props) {
        NagSuppressions.addResourceSuppressions(taskDefinition, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-ECS2")
                .reason("The environment holds the database host, port, user, name, SSL mode and the bucket URL;"
                        + " the password is injected from Secrets Manager.")
                .build()));
        NagSuppressions.addResourceSuppressions(taskDefinition.getTaskRole(), List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("The UI shows artifacts of any run, so it reads arbitrary keys of the Metaflow bucket;"
                        + " the wildcards are limited to read actions on that one bucket (grantRead).")
                .appliesTo(List.of("Action::s3:GetBucket*", "Action::s3:GetObject*", "Action::s3:List*",
                        RegexAppliesTo.builder().regex("/^Resource::<.+\\.Arn>/\\*$/").build()))
                .build()), true);
        NagSuppressions.addResourceSuppressions(loadBalancer, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-EC23")
                .reason("The UI's public HTTPS entry point (HTTP only redirects); the listener authenticates every"
                        + " request with Cognito or the company's OIDC provider before it reaches the task.")
                .build()), true);
        if (props.datastore().accessLogs().isEmpty()) {
            NagSuppressions.addResourceSuppressions(loadBalancer, List.of(NagPackSuppression.builder()
                    .id("AwsSolutions-ELB2")
                    .reason("No access log bucket is configured for the datastore; sign-ins are logged by the"
                            + " identity provider.")
                    .build()));
        }
    }
}

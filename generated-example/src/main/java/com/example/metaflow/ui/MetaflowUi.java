package com.example.metaflow.ui;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.CertificateValidation;
import software.amazon.awscdk.services.cognito.IUserPool;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.route53.ARecord;
import software.amazon.awscdk.services.route53.HostedZone;
import software.amazon.awscdk.services.route53.HostedZoneProviderProps;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.amazon.awscdk.services.route53.RecordTarget;
import software.amazon.awscdk.services.route53.targets.LoadBalancerTarget;
import software.constructs.Construct;

/**
 * The Metaflow UI: one Fargate task of the metadata service image running the UI backend, which
 * serves the UI's API, its websocket and its bundle from the root ({@link UiBackendContainer}),
 * behind an HTTPS load balancer at {@code domainName} with a DNS-validated certificate. The
 * listener has no rules: its one default action authenticates every request (Cognito or OIDC),
 * the websocket upgrade included, and then forwards it to the task; HTTP redirects to HTTPS.
 */
public final class MetaflowUi extends Construct {

    /** Port of the UI backend. */
    public static final int UI_PORT = UiBackendContainer.PORT;
    /**
     * Task size: 2 vCPU, 16 GB, 100 GiB of disk. The backend starts three cache servers whose
     * process pools hold 16 artifact, 16 DAG and 8 log workers ({@code CACHE_ARTIFACT_MAX_ACTIONS},
     * {@code CACHE_DAG_MAX_ACTIONS}, {@code CACHE_LOG_MAX_ACTIONS} in metaflow-service
     * {@code services/ui_backend_service/data/cache/store.py}), each loading artifacts and whole logs
     * from S3, and lets those caches fill 95% of the disk (1/2 + 1/4 + 1/5 of it). The references
     * give it 16 GB and 100 GiB: the CloudFormation template (outerbounds/metaflow-tools
     * {@code aws/cloudformation/metaflow-cfn-template.yml}, raised from 0.5 vCPU / 1 GB in 2021) with
     * 4 vCPU, the Terraform module (outerbounds/terraform-aws-metaflow {@code modules/ui/ecs_ui_backend.tf})
     * with 2 vCPU, as here: the workers mostly wait on S3 and the database.
     */
    static final int CPU = 2048;
    static final int MEMORY_MIB = 16384;
    static final int EPHEMERAL_STORAGE_GIB = 100;

    /** Tasks of the UI service, which {@code just wake} restores after {@code just sleep}. */
    public static final int TASKS = 1;

    private final FargateService service;
    private final UiSignIn signIn;

    public MetaflowUi(Construct scope, String id, MetaflowUiProps props) {
        super(scope, id);
        UiOptions options = props.options();
        FargateTaskDefinition taskDefinition = FargateTaskDefinition.Builder.create(this, "TaskDefinition")
                .cpu(CPU).memoryLimitMiB(MEMORY_MIB).ephemeralStorageGiB(EPHEMERAL_STORAGE_GIB).build();
        taskDefinition.addContainer("ui-backend", UiBackendContainer.options(this, taskDefinition, props));
        props.datastore().bucket().grantRead(taskDefinition.getTaskRole());
        this.service = FargateService.Builder.create(this, "Service")
                .cluster(props.service().service().getCluster())
                .taskDefinition(taskDefinition)
                .desiredCount(TASKS)
                .minHealthyPercent(100)
                .maxHealthyPercent(200)
                .circuitBreaker(DeploymentCircuitBreaker.builder().rollback(true).build())
                .healthCheckGracePeriod(Duration.seconds(120))
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
                .healthCheck(HealthCheck.builder().path(UiBackendContainer.HEALTH_PATH).healthyHttpCodes("200").build())
                .deregistrationDelay(Duration.seconds(30))
                .build();
        this.signIn = new UiSignIn(this, options);
        loadBalancer.addListener("Https", BaseApplicationListenerProps.builder()
                .protocol(ApplicationProtocol.HTTPS)
                .certificates(List.of(ListenerCertificate.fromCertificateManager(Certificate.Builder
                        .create(this, "Certificate")
                        .domainName(options.domainName())
                        .validation(CertificateValidation.fromDns(zone))
                        .build())))
                .defaultAction(signIn.action(ListenerAction.forward(List.of(targets))))
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

    /** The Cognito user pool users sign in with; empty with OIDC. */
    public Optional<IUserPool> userPool() {
        return signIn.userPool();
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

package com.example.metaflow.metadata;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpLambdaAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpLambdaResponseType;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpServiceDiscoveryIntegration;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpServiceDiscoveryIntegrationProps;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogDestination;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigatewayv2.IHttpApi;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.VpcLink;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * Authenticated HTTPS access to the metadata service for Metaflow clients outside the VPC.
 *
 * <p>An API Gateway HTTP API forwards every route through a VPC link to the service's Cloud Map
 * SRV record, so no load balancer runs while idle. HTTP APIs have no API keys, so a Lambda
 * REQUEST authorizer compares the {@code x-api-key} header, which Metaflow sends from
 * {@code METAFLOW_SERVICE_AUTH_KEY}, with a generated secret; API Gateway caches each decision
 * per key value and rejects requests without the header before invoking the authorizer.
 */
public final class MetadataApi extends Construct {

    private final HttpApi api;
    private final Secret apiKey;

    public MetadataApi(Construct scope, String id, MetadataApiProps props) {
        super(scope, id);
        this.apiKey = Secret.Builder.create(this, "ApiKey")
                .description("x-api-key of the Metaflow metadata API (METAFLOW_SERVICE_AUTH_KEY)")
                .generateSecretString(SecretStringGenerator.builder()
                        .excludePunctuation(true)
                        .includeSpace(false)
                        .passwordLength(48)
                        .build())
                .build();
        NagSuppressions.addResourceSuppressions(apiKey, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-SMG4")
                .reason("The key lives in every Metaflow client config; rotating it means updating them all,"
                        + " so it is rotated by hand (put-secret-value, then scripts/metaflow-config --force).")
                .build()));
        SecurityGroup vpcLinkSecurityGroup = SecurityGroup.Builder.create(this, "VpcLinkSecurityGroup")
                .vpc(props.network().vpc())
                .description("API Gateway VPC link to the Metaflow metadata service")
                .allowAllOutbound(false)
                .build();
        props.service().getConnections().allowFrom(vpcLinkSecurityGroup,
                Port.tcp(MetadataService.METADATA_PORT), "API Gateway VPC link");
        VpcLink vpcLink = VpcLink.Builder.create(this, "VpcLink")
                .vpc(props.network().vpc())
                .subnets(props.network().vpcLinkSubnets())
                .securityGroups(List.of(vpcLinkSecurityGroup))
                .build();
        this.api = HttpApi.Builder.create(this, "Resource")
                .apiName(Stack.of(this).getStackName() + "-metadata")
                .description("Metaflow metadata service")
                .createDefaultStage(false)
                .defaultIntegration(new HttpServiceDiscoveryIntegration("MetadataService",
                        props.service().cloudMapService(),
                        HttpServiceDiscoveryIntegrationProps.builder().vpcLink(vpcLink).build()))
                .defaultAuthorizer(HttpLambdaAuthorizer.Builder.create("ApiKeyAuthorizer", createAuthorizer())
                        .identitySource(List.of("$request.header.x-api-key"))
                        .responseTypes(List.of(HttpLambdaResponseType.SIMPLE))
                        .resultsCacheTtl(props.authorizationCacheTtl())
                        .build())
                .build();
        IAccessLogDestination accessLogs = new LogGroupLogDestination(logGroup("AccessLogs"));
        HttpStage.Builder.create(this, "DefaultStage")
                .httpApi(api)
                .stageName("$default")
                .autoDeploy(true)
                .throttle(ApiThrottle.forConcurrentTasks(props.concurrentTasks()))
                .accessLogSettings(new IAccessLogSettings() {
                    @Override
                    public IAccessLogDestination getDestination() {
                        return accessLogs;
                    }
                })
                .build();
    }

    /** The HTTP API. */
    public IHttpApi api() {
        return api;
    }

    /** Value of {@code METAFLOW_SERVICE_URL}: the API's default endpoint, without a trailing slash. */
    public String url() {
        return api.getApiEndpoint();
    }

    /** The secret whose value Metaflow must send as {@code x-api-key}. */
    public ISecret apiKey() {
        return apiKey;
    }

    private Function createAuthorizer() {
        LogGroup logs = logGroup("AuthorizerLogs");
        Role role = Role.Builder.create(this, "AuthorizerRole")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Metaflow metadata API authorizer: read the API key, write its own logs")
                .build();
        logs.grantWrite(role);
        apiKey.grantRead(role);
        return Function.Builder.create(this, "Authorizer")
                .description("Allows requests whose x-api-key header matches the Metaflow API key secret")
                .runtime(Runtime.PYTHON_3_14)
                .architecture(Architecture.ARM_64)
                .handler("index.handler")
                .code(Code.fromInline(ApiKeyAuthorizerSource.PYTHON))
                .memorySize(128)
                .timeout(Duration.seconds(5))
                .environment(Map.of("API_KEY_SECRET_ARN", apiKey.getSecretArn()))
                .role(role)
                .logGroup(logs)
                .build();
    }

    private LogGroup logGroup(String id) {
        return LogGroup.Builder.create(this, id)
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
    }
}

package com.example.metaflow.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.FakeAccount;
import com.example.metaflow.TestApps;
import com.example.metaflow.network.DefaultVpcNetwork;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class MetadataApiTest {

    private final Stack stack = TestApps.stack();
    private final DefaultVpcNetwork network = new DefaultVpcNetwork(stack, "Network");
    private final MetadataService service = new MetadataService(stack, "MetadataService",
            MetadataServiceProps.builder().network(network).build());
    private final MetadataApiProps.Builder props = MetadataApiProps.builder().network(network).service(service);

    @Test
    void proxiesEveryRouteThroughTheVpcLinkToTheCloudMapService() {
        new MetadataApi(stack, "MetadataApi", props.build());

        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::ApiGatewayV2::Integration", Map.of(
                "IntegrationType", "HTTP_PROXY",
                "ConnectionType", "VPC_LINK",
                "IntegrationMethod", "ANY",
                "IntegrationUri", stack.resolve(service.cloudMapService().getServiceArn())));
        template.resourceCountIs("AWS::ApiGatewayV2::Route", 1);
        template.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of(
                "RouteKey", "$default", "AuthorizationType", "CUSTOM"));
        template.resourceCountIs("AWS::ElasticLoadBalancingV2::LoadBalancer", 0);
    }

    @Test
    void authorizesTheApiKeyHeaderAndCachesTheDecision() {
        new MetadataApi(stack, "MetadataApi", props.authorizationCacheTtl(Duration.minutes(10)).build());

        Template.fromStack(stack).hasResourceProperties("AWS::ApiGatewayV2::Authorizer", Map.of(
                "AuthorizerType", "REQUEST",
                "AuthorizerPayloadFormatVersion", "2.0",
                "EnableSimpleResponses", true,
                "IdentitySource", List.of("$request.header.x-api-key"),
                "AuthorizerResultTtlInSeconds", 600));
    }

    @Test
    void authorizerComparesTheHeaderWithTheGeneratedSecret() {
        MetadataApi api = new MetadataApi(stack, "MetadataApi", props.build());

        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "python3.14",
                "Handler", "index.handler",
                "Code", Map.of("ZipFile", Match.stringLikeRegexp("hmac.compare_digest")),
                "Environment", Map.of("Variables", Map.of(
                        "API_KEY_SECRET_ARN", stack.resolve(api.apiKey().getSecretArn())))));
        template.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Map.of(
                        "Action", List.of("secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"),
                        "Effect", "Allow",
                        "Resource", stack.resolve(api.apiKey().getSecretArn())))))));
    }

    @Test
    void throttlesTheDefaultStageForTheConcurrentTasksAndLogsIt() {
        new MetadataApi(stack, "MetadataApi", props.concurrentTasks(256).build());

        Template.fromStack(stack).hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of(
                "StageName", "$default",
                "AutoDeploy", true,
                "AccessLogSettings", Match.objectLike(Map.of("DestinationArn", Match.anyValue())),
                "DefaultRouteSettings", Map.of("ThrottlingBurstLimit", 2560, "ThrottlingRateLimit", 256)));
    }

    /** The default VPC's subnet in use1-az3 stays out of the VPC link ({@link com.example.metaflow.FakeAccount}). */
    @Test
    void placesTheVpcLinkInZonesWithVpcLinksOnly() {
        new MetadataApi(stack, "MetadataApi", props.build());

        Template.fromStack(stack).hasResourceProperties("AWS::ApiGatewayV2::VpcLink", Map.of(
                "SubnetIds", stack.resolve(network.vpc().selectSubnets(network.vpcLinkSubnets()).getSubnetIds())));
        assertFalse(network.vpc().selectSubnets(network.vpcLinkSubnets()).getSubnetIds()
                .contains(FakeAccount.UNSUPPORTED_ZONE_SUBNET_ID));
    }

    /**
     * Metaflow reads the service's version from the METADATA_SERVICE_VERSION response header
     * (Netflix/metaflow {@code metaflow/plugins/metadata_providers/service.py}, {@code _version}),
     * which the service sets on every response (Netflix/metaflow-service
     * {@code services/metadata_service/api/utils.py}). An HTTP API passes integration response
     * headers through unless they are reserved or a response mapping changes them (API Gateway
     * Developer Guide, "Transform API requests and responses for HTTP APIs", Reserved headers:
     * this one is not), so the integration must have no response mapping.
     */
    @Test
    void passesTheServiceVersionHeaderThroughUntouched() {
        new MetadataApi(stack, "MetadataApi", props.build());

        Template.fromStack(stack).allResourcesProperties("AWS::ApiGatewayV2::Integration", Map.of(
                "ResponseParameters", Match.absent(), "RequestParameters", Match.absent()));
    }

    @Test
    void opensTheMetadataPortOnlyToTheVpcLink() {
        new MetadataApi(stack, "MetadataApi", props.build());

        Template template = Template.fromStack(stack);
        Map<String, Map<String, Object>> servicePortRules = template.findResources("AWS::EC2::SecurityGroupIngress",
                Map.of("Properties", Match.objectLike(Map.of("FromPort", 8080))));
        assertEquals(1, servicePortRules.size());
        template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of(
                "FromPort", 8080, "ToPort", 8080, "IpProtocol", "tcp",
                "GroupId", stack.resolve(service.getConnections().getSecurityGroups().get(0).getSecurityGroupId()),
                "SourceSecurityGroupId", Map.of("Fn::GetAtt", List.of(
                        template.findResources("AWS::EC2::SecurityGroup", Map.of("Properties", Match.objectLike(
                                Map.of("GroupDescription", Match.stringLikeRegexp("VPC link"))))).keySet()
                                .iterator().next(),
                        "GroupId"))));
    }

    @Test
    void publishesTheApiEndpointAsTheServiceUrl() {
        MetadataApi api = new MetadataApi(stack, "MetadataApi", props.build());

        assertEquals(stack.resolve(api.api().getApiEndpoint()), stack.resolve(api.url()));
    }

    @Test
    void failsOnAnAuthorizationCacheLongerThanAnHour() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> props.authorizationCacheTtl(Duration.hours(2)).build());
        assertTrue(error.getMessage().contains("between 0 and 3600 seconds, got 2 hours"));
    }
}

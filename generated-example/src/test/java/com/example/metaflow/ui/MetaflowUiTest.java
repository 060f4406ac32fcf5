package com.example.metaflow.ui;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.TestApps;
import com.example.metaflow.datastore.Datastore;
import com.example.metaflow.datastore.DatastoreProps;
import com.example.metaflow.metadata.MetadataService;
import com.example.metaflow.metadata.MetadataServiceProps;
import com.example.metaflow.network.NewVpcNetwork;
import com.example.metaflow.network.NewVpcNetworkProps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class MetaflowUiTest {

    private static final UiAuthentication OIDC = UiAuthentication.oidc("https://login.example.com",
            "https://login.example.com/authorize", "https://login.example.com/token",
            "https://login.example.com/userinfo", "metaflow-ui", "metaflow/ui-client-secret");

    private final UiOptions.Builder options = UiOptions.builder()
            .domainName("metaflow." + TestApps.HOSTED_ZONE).hostedZoneName(TestApps.HOSTED_ZONE);

    /**
     * Netflix/metaflow-service services/ui_backend_service/ui_server.py nests the API, /metadata, /ws
     * and the bundle (frontend.py) under PATH_PREFIX; the bundle's index.html loads /static/... from
     * the root, so any prefix breaks the page. Without one, frontend.py injects METAFLOW_SERVICE
     * ("/") as the API base, and the bundle (Netflix/metaflow-ui src/constants.ts) calls /flows...
     */
    @Test
    void servesTheApiAndTheBundleFromTheRootWithoutAPathPrefix() {
        Template template = ui(TestApps.stack(), options.build());

        template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(
                Match.objectLike(Map.of(
                        "Command", List.of("/opt/latest/bin/python3", "-m", "services.ui_backend_service.ui_server"),
                        "PortMappings", List.of(Match.objectLike(Map.of("ContainerPort", 8083))),
                        "Environment", Match.arrayWith(List.of(
                                Map.of("Name", "METAFLOW_SERVICE", "Value", "/"),
                                Map.of("Name", "METAFLOW_SERVICE_URL", "Value", "http://localhost:8083/metadata"),
                                Map.of("Name", "UI_ENABLED", "Value", "1"))))))));
        template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(
                Match.objectLike(Map.of("Command", Match.arrayWith(List.of("services.ui_backend_service.ui_server")),
                        "Environment", Match.not(Match.arrayWith(List.of(
                                Match.objectLike(Map.of("Name", "PATH_PREFIX"))))))))));
    }

    /** api/admin.py: GET /ping answers 200; /api/ping would only hit frontend.py's catch-all. */
    @Test
    void checksHealthOnThePingRouteOfTheBackend() {
        Template template = ui(TestApps.stack(), options.build());

        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", Map.of(
                "Port", 8083, "HealthCheckPath", "/ping", "Matcher", Map.of("HttpCode", "200")));
        template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(
                Match.objectLike(Map.of("HealthCheck", Match.objectLike(Map.of("Command", List.of("CMD-SHELL",
                        Match.stringLikeRegexp(".*http://localhost:8083/ping'.*")))))))));
        template.hasResourceProperties("AWS::ECS::Service", Map.of("HealthCheckGracePeriodSeconds", 120,
                "LoadBalancers", List.of(Match.objectLike(Map.of("ContainerPort", 8083)))));
    }

    /** Every path (/, /static/*, /flows..., /ws) takes the one authenticated default action. */
    @Test
    void signsEveryRequestInWithCognitoBeforeForwardingOnHttps() {
        Template template = ui(TestApps.stack(), options.build());

        template.resourceCountIs("AWS::ElasticLoadBalancingV2::ListenerRule", 0);
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of("Scheme", "internet-facing"));
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of("Port", 443, "Protocol", "HTTPS",
                "DefaultActions", List.of(Match.objectLike(Map.of("Type", "authenticate-cognito", "Order", 1)),
                        Match.objectLike(Map.of("Type", "forward", "Order", 2)))));
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of("Port", 80,
                "DefaultActions", List.of(Match.objectLike(Map.of("Type", "redirect")))));
        template.hasResourceProperties("AWS::Cognito::UserPool", Map.of("MfaConfiguration", "ON",
                "AdminCreateUserConfig", Map.of("AllowAdminCreateUserOnly", true)));
        template.hasResource("AWS::Cognito::UserPool", Map.of("DeletionPolicy", "Retain"));
        template.hasResourceProperties("AWS::CertificateManager::Certificate", Map.of(
                "DomainName", "metaflow.example.com", "ValidationMethod", "DNS"));
        template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "metaflow.example.com.", "Type", "A", "HostedZoneId", "Z0123456789ABCDEFGHIJ"));
    }

    /**
     * outerbounds/terraform-aws-metaflow modules/ui/ecs_ui_backend.tf: 2048 CPU, 16384 MiB, 100 GiB
     * (the CloudFormation template: 4096 / 16384 / 100) for the cache worker pools of store.py.
     */
    @Test
    void sizesTheBackendForItsCacheWorkerPools() {
        ui(TestApps.stack(), options.build()).hasResourceProperties("AWS::ECS::TaskDefinition", Map.of(
                "Cpu", "2048", "Memory", "16384", "EphemeralStorage", Map.of("SizeInGiB", 100)));
    }

    @Test
    void signsInThroughAnExistingOidcProviderWithoutAUserPool() {
        MetaflowUi ui = build(TestApps.stack(), options.authentication(OIDC).build());
        Template template = Template.fromStack(Stack.of(ui));

        assertTrue(ui.userPool().isEmpty());
        template.resourceCountIs("AWS::Cognito::UserPool", 0);
        template.resourceCountIs("AWS::ElasticLoadBalancingV2::ListenerRule", 0);
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of("Port", 443,
                "DefaultActions", List.of(Match.objectLike(Map.of("Type", "authenticate-oidc",
                        "AuthenticateOidcConfig", Match.objectLike(Map.of("Issuer", "https://login.example.com",
                                "ClientId", "metaflow-ui",
                                "ClientSecret", Match.stringLikeRegexp(
                                        "resolve:secretsmanager:metaflow/ui-client-secret.*"))))),
                        Match.objectLike(Map.of("Type", "forward")))));
    }

    @Test
    void anInternalUiStaysInThePrivateSubnets() {
        ui(TestApps.stack(), options.internal(true).build()).hasResourceProperties(
                "AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of("Scheme", "internal"));
    }

    @Test
    void failsOnADomainOutsideTheHostedZone() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> options.domainName("metaflow.example.org").build());
        assertTrue(error.getMessage().contains("inside hosted zone example.com, got \"metaflow.example.org\""),
                error.getMessage());
    }

    @Test
    void failsOnAnOidcEndpointThatIsNotHttps() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> UiAuthentication.oidc(
                "http://login.example.com", "https://a", "https://t", "https://u", "id", "secret"));
        assertTrue(error.getMessage().contains("got \"http://login.example.com\""), error.getMessage());
    }

    @Test
    void failsOnAnOidcClientSecretWithoutAName() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> UiAuthentication.oidc(
                "https://i", "https://a", "https://t", "https://u", "id", " "));
        assertTrue(error.getMessage().contains("clientSecretName must name a Secrets Manager secret"),
                error.getMessage());
    }

    static Template ui(Stack stack, UiOptions options) {
        MetaflowUi ui = build(stack, options);
        assertTrue(ui.userPool().isPresent());
        return Template.fromStack(stack);
    }

    static MetaflowUi build(Stack stack, UiOptions options) {
        NewVpcNetwork network = new NewVpcNetwork(stack, "Network", NewVpcNetworkProps.builder().build());
        MetadataService service = new MetadataService(stack, "MetadataService",
                MetadataServiceProps.builder().network(network).build());
        return new MetaflowUi(stack, "Ui", MetaflowUiProps.builder().network(network).service(service)
                .datastore(new Datastore(stack, "Datastore", DatastoreProps.builder().build())).options(options).build());
    }
}

package {{package}}.ui;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import {{package}}.TestApps;
import {{package}}.datastore.Datastore;
import {{package}}.datastore.DatastoreProps;
import {{package}}.metadata.MetadataService;
import {{package}}.metadata.MetadataServiceProps;
import {{package}}.network.NewVpcNetwork;
import {{package}}.network.NewVpcNetworkProps;
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

    @Test
    void runsTheUiBackendOnHalfAVcpuBehindCognitoSignInOnHttps() {
        Template template = ui(options.build());

        template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("Cpu", "512", "Memory", "1024",
                "ContainerDefinitions", List.of(Match.objectLike(Map.of(
                        "Command", List.of("/opt/latest/bin/python3", "-m", "services.ui_backend_service.ui_server"),
                        "PortMappings", List.of(Match.objectLike(Map.of("ContainerPort", 8083))),
                        "Environment", Match.arrayWith(List.of(Map.of("Name", "PATH_PREFIX", "Value", "/api/"),
                                Map.of("Name", "UI_ENABLED", "Value", "1"))))))));
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of("Scheme", "internet-facing"));
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of("Port", 443, "Protocol", "HTTPS",
                "DefaultActions", List.of(Match.objectLike(Map.of("Type", "authenticate-cognito", "Order", 1)),
                        Match.objectLike(Map.of("Type", "forward", "Order", 2)))));
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of("Port", 80,
                "DefaultActions", List.of(Match.objectLike(Map.of("Type", "redirect")))));
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", Map.of(
                "Port", 8083, "HealthCheckPath", "/api/ping"));
        template.hasResourceProperties("AWS::Cognito::UserPool", Map.of("MfaConfiguration", "ON",
                "AdminCreateUserConfig", Map.of("AllowAdminCreateUserOnly", true)));
        template.hasResourceProperties("AWS::CertificateManager::Certificate", Map.of(
                "DomainName", "metaflow.example.com", "ValidationMethod", "DNS"));
        template.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "metaflow.example.com.", "Type", "A", "HostedZoneId", "Z0123456789ABCDEFGHIJ"));
    }

    @Test
    void signsInThroughAnExistingOidcProviderWithoutAUserPool() {
        Template template = ui(options.authentication(OIDC).build());

        template.resourceCountIs("AWS::Cognito::UserPool", 0);
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of("Port", 443,
                "DefaultActions", Match.arrayWith(List.of(Match.objectLike(Map.of("Type", "authenticate-oidc",
                        "AuthenticateOidcConfig", Match.objectLike(Map.of("Issuer", "https://login.example.com",
                                "ClientId", "metaflow-ui",
                                "ClientSecret", Match.stringLikeRegexp(
                                        "resolve:secretsmanager:metaflow/ui-client-secret.*")))))))));
    }

    @Test
    void anInternalUiStaysInThePrivateSubnets() {
        ui(options.internal(true).build()).hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer",
                Map.of("Scheme", "internal"));
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

    private static Template ui(UiOptions options) {
        Stack stack = TestApps.stack();
        NewVpcNetwork network = new NewVpcNetwork(stack, "Network", NewVpcNetworkProps.builder().build());
        MetadataService service = new MetadataService(stack, "MetadataService",
                MetadataServiceProps.builder().network(network).build());
        new MetaflowUi(stack, "Ui", MetaflowUiProps.builder().network(network).service(service)
                .datastore(new Datastore(stack, "Datastore", DatastoreProps.builder().build())).options(options).build());
        return Template.fromStack(stack);
    }
}

package com.example.metaflow.metadata;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.TestApps;
import com.example.metaflow.network.DefaultVpcNetwork;
import com.example.metaflow.network.NewVpcNetwork;
import com.example.metaflow.network.NewVpcNetworkProps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class MetadataLoadBalancerTest {

    private static Stack stack;
    private static MetadataLoadBalancer loadBalancer;
    private static SchemaUpgradeFunction upgrade;
    private static Template template;

    @BeforeAll
    static void synthesize() {
        stack = TestApps.stack();
        NewVpcNetwork network = new NewVpcNetwork(stack, "Network", NewVpcNetworkProps.builder().build());
        MetadataService service = new MetadataService(stack, "MetadataService",
                MetadataServiceProps.builder().network(network).desiredCount(2).build());
        loadBalancer = new MetadataLoadBalancer(stack, "MetadataLoadBalancer",
                MetadataLoadBalancerProps.builder().network(network).service(service).build());
        upgrade = new SchemaUpgradeFunction(stack, "SchemaUpgrade", network, loadBalancer);
        template = Template.fromStack(stack);
    }

    @Test
    void isInternalAndDropsInvalidHeaders() {
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of(
                "Scheme", "internal",
                "LoadBalancerAttributes", Match.arrayWith(List.of(Map.of(
                        "Key", "routing.http.drop_invalid_header_fields.enabled", "Value", "true")))));
    }

    @Test
    void forwardsPort80ToTheMetadataPortCheckingPing() {
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of("Port", 80, "Protocol", "HTTP"));
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", Map.of(
                "Port", 8080, "TargetType", "ip", "HealthCheckPath", "/ping"));
        template.hasResourceProperties("AWS::ECS::Service", Map.of("LoadBalancers", Match.arrayWith(List.of(
                Match.objectLike(Map.of("ContainerName", "metadata", "ContainerPort", 8080))))));
    }

    /**
     * The migration server answers GET /ping with "pong" (Netflix/metaflow-service
     * {@code services/migration_service/api/admin.py}); /db_schema_status runs goose against the
     * database and answers 500 on any error, and ECS replaces a task that any of its target groups
     * finds unhealthy (Amazon ECS Developer Guide, "Health checks for Amazon ECS services").
     */
    @Test
    void checksTheMigrationPortWithPingNotTheSchemaStatus() {
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", Map.of(
                "Port", 8082, "HealthCheckPath", "/ping"));
        template.resourcePropertiesCountIs("AWS::ElasticLoadBalancingV2::TargetGroup",
                Map.of("HealthCheckPath", "/db_schema_status"), 0);
    }

    /**
     * PATCH /upgrade answers only when goose is done; an ALB closes a connection idle for its idle
     * timeout (60 seconds by default) and answers 504 (Elastic Load Balancing, Application Load
     * Balancers, "Connection idle timeout"), so the timeout outlasts the upgrade function's 15 minutes.
     */
    @Test
    void waitsForASchemaUpgradeLongerThanTheUpgradeFunctionRuns() {
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of(
                "LoadBalancerAttributes", Match.arrayWith(List.of(Map.of(
                        "Key", "idle_timeout.timeout_seconds", "Value", "900")))));
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("Timeout", 900));
        assertTrue(SchemaUpgradeFunction.PYTHON.contains("UPGRADE_SECONDS = 840"));
    }

    @Test
    void opensPort80ToTheVpcAndTheMigrationPortOnlyToTheUpgradeFunction() {
        template.hasResourceProperties("AWS::EC2::SecurityGroup", Map.of(
                "GroupDescription", Match.stringLikeRegexp("MetadataLoadBalancer"),
                "SecurityGroupIngress", List.of(Match.objectLike(Map.of(
                        "FromPort", 80, "CidrIp", Map.of("Fn::GetAtt", List.of(Match.anyValue(), "CidrBlock")))))));
        template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of(
                "FromPort", 8082, "ToPort", 8082,
                "SourceSecurityGroupId", stack.resolve(
                        upgrade.function().getConnections().getSecurityGroups().get(0).getSecurityGroupId())));
    }

    @Test
    void upgradeFunctionCallsTheMigrationApiFromInsideTheVpc() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Code", Map.of("ZipFile", Match.stringLikeRegexp("/upgrade")),
                "VpcConfig", Match.objectLike(Map.of("SubnetIds", Match.anyValue())),
                "Environment", Map.of("Variables", Map.of("MIGRATION_URL", stack.resolve(loadBalancer.migrationUrl())))));
    }

    @Test
    void failsInANetworkWhereTasksNeedPublicIps() {
        Stack other = TestApps.stack();
        DefaultVpcNetwork network = new DefaultVpcNetwork(other, "Network");
        MetadataService service = new MetadataService(other, "MetadataService",
                MetadataServiceProps.builder().network(network).build());

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MetadataLoadBalancerProps.builder().network(network).service(service).build());
        assertTrue(error.getMessage().contains("needs private subnets"), error.getMessage());
    }
}

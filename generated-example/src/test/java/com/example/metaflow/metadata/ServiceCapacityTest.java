package com.example.metaflow.metadata;

import com.example.metaflow.TestApps;
import com.example.metaflow.network.DefaultVpcNetwork;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * On-demand or Fargate Spot tasks. A service uses Fargate Spot through a capacity provider
 * strategy naming FARGATE_SPOT, which the cluster must list among its capacity providers; the
 * service then has no launch type (Amazon ECS Developer Guide, "Amazon ECS clusters for Fargate").
 */
class ServiceCapacityTest {

    private final Stack stack = TestApps.stack();
    private final MetadataServiceProps.Builder props =
            MetadataServiceProps.builder().network(new DefaultVpcNetwork(stack, "Network"));

    @Test
    void runsOnDemandFargateByDefault() {
        new MetadataService(stack, "MetadataService", props.build());

        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::ECS::Service", Map.of(
                "LaunchType", "FARGATE", "CapacityProviderStrategy", Match.absent()));
        template.resourceCountIs("AWS::ECS::ClusterCapacityProviderAssociations", 0);
    }

    @Test
    void runsOnFargateSpotThroughTheClustersCapacityProvider() {
        new MetadataService(stack, "MetadataService", props.capacity(ServiceCapacity.FARGATE_SPOT).build());

        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::ECS::Service", Map.of(
                "LaunchType", Match.absent(),
                "CapacityProviderStrategy", List.of(Map.of("CapacityProvider", "FARGATE_SPOT", "Weight", 1))));
        template.hasResourceProperties("AWS::ECS::ClusterCapacityProviderAssociations", Map.of(
                "CapacityProviders", Match.arrayWith(List.of("FARGATE_SPOT"))));
    }
}

package com.example.metaflow.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.MetaflowStack;
import com.example.metaflow.MetaflowStackProps;
import com.example.metaflow.TestApps;
import com.example.metaflow.images.ContainerImagesProps;
import com.example.metaflow.metadata.MetadataOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.ISubnet;

/**
 * What keeps image pulls of {@link NewVpcNetwork} off its NAT gateway. Amazon ECR User Guide,
 * "Amazon ECR interface VPC endpoints (AWS PrivateLink)": pulls need the ecr.api and ecr.dkr
 * endpoints and, for the layers (stored in S3), the S3 gateway endpoint; awslogs needs the logs
 * endpoint, and ECS secrets the Secrets Manager one. Docker Hub has no endpoint: Batch steps'
 * images come through the pull-through cache, and so can the service's when its tag is on the
 * ECR Public mirror ({@code ContainerImagesProps.serviceImagesThroughCache}).
 */
class NewVpcNetworkEndpointsTest {

    private static Stack stack;
    private static NewVpcNetwork network;
    private static Template template;

    @BeforeAll
    static void synthesize() {
        stack = TestApps.stack();
        network = new NewVpcNetwork(stack, "Network", NewVpcNetworkProps.builder().build());
        template = Template.fromStack(stack);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecr.api", "ecr.dkr", "logs", "secretsmanager"})
    void interfaceEndpointWithPrivateDnsInEveryPrivateSubnet(String service) {
        template.hasResourceProperties("AWS::EC2::VPCEndpoint", Map.of(
                "VpcEndpointType", "Interface",
                "ServiceName", "com.amazonaws.us-east-1." + service,
                "PrivateDnsEnabled", true,
                "SubnetIds", network.vpc().getPrivateSubnets().stream()
                        .map(subnet -> stack.resolve(subnet.getSubnetId())).toList()));
    }

    @Test
    void s3GatewayEndpointRoutesThePrivateSubnetsWhereBatchAndTheServiceRun() {
        List<Object> privateRouteTables = network.vpc().getPrivateSubnets().stream()
                .map(ISubnet::getRouteTable).map(table -> stack.resolve(table.getRouteTableId())).toList();

        template.hasResourceProperties("AWS::EC2::VPCEndpoint", Map.of(
                "VpcEndpointType", "Gateway",
                "ServiceName", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(
                        Match.arrayWith(List.of(".s3")))))),
                "RouteTableIds", Match.arrayWith(privateRouteTables)));
    }

    @Test
    void withTheServiceImagesThroughTheCacheEveryContainerComesFromThisAccountsRegistry() {
        MetaflowStack metaflow = stack(ContainerImagesProps.builder().serviceImagesThroughCache(true).build());

        Object fromThisAccountsRegistry = Map.of("Fn::Join", List.of("",
                Match.arrayWith(List.of("123456789012.dkr.ecr.us-east-1."))));
        Template.fromStack(metaflow).allResourcesProperties("AWS::ECS::TaskDefinition", Map.of(
                "ContainerDefinitions", List.of(Match.objectLike(Map.of("Image", fromThisAccountsRegistry)))));
        assertEquals(metaflow.images().batchContainerRegistry(), metaflow.batch().containerRegistry());
    }

    /**
     * By default the service runs the official image, which Netflix/metaflow-service's release
     * workflow pushes to Docker Hub only (.github/workflows/dockerimage.yml); Batch steps, which
     * pull on every task, still come through the cache.
     */
    @Test
    void byDefaultTheServiceRunsTheOfficialImageAndBatchStepsUseTheCache() {
        MetaflowStack metaflow = stack(ContainerImagesProps.builder().build());

        Template.fromStack(metaflow).allResourcesProperties("AWS::ECS::TaskDefinition", Map.of(
                "ContainerDefinitions", List.of(Match.objectLike(Map.of(
                        "Image", Match.stringLikeRegexp("^netflixoss/metaflow_metadata_service:v[0-9.]+$"))))));
        assertEquals(metaflow.images().batchContainerRegistry(), metaflow.batch().containerRegistry());
        assertTrue(metaflow.batch().containerRegistry().isPresent());
    }

    private static MetaflowStack stack(ContainerImagesProps images) {
        MetaflowStack metaflow = new MetaflowStack(TestApps.app(), "metaflow", MetaflowStackProps.builder()
                .env(TestApps.ENV)
                .network(NetworkFactory.newVpc(NewVpcNetworkProps.builder().build()))
                .metadata(MetadataOptions.builder().internalLoadBalancer(true).build())
                .images(images)
                .build());
        assertEquals(1, Template.fromStack(metaflow).findResources("AWS::ECS::TaskDefinition").size());
        return metaflow;
    }
}

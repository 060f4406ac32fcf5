package {{package}}.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import {{package}}.TestApps;
import {{package}}.network.NewVpcNetwork;
import {{package}}.network.NewVpcNetworkProps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.s3.Bucket;

/** Additional queues and hardened instances of {@link BatchCompute}. */
class BatchQueuesTest {

    private static BatchCompute batch;
    private static Template template;

    @BeforeAll
    static void synthesize() {
        Stack stack = TestApps.stack();
        batch = new BatchCompute(stack, "Batch", BatchComputeProps.builder()
                .network(new NewVpcNetwork(stack, "Network", NewVpcNetworkProps.builder().build()))
                .bucket(new Bucket(stack, "Bucket"))
                .compute(ComputeOptions.builder()
                        .additionalQueues(List.of(AdditionalQueue.cpu("Spot", true, List.of("c6i", "m6i"), 128),
                                AdditionalQueue.gpu("Gpu", List.of("g5"), 32)))
                        .hardenedInstances(true)
                        .build())
                .build());
        template = Template.fromStack(stack);
    }

    @Test
    void createsAQueueAndComputeEnvironmentPerAdditionalQueue() {
        template.resourceCountIs("AWS::Batch::JobQueue", 3);
        template.resourceCountIs("AWS::Batch::ComputeEnvironment", 3);
        assertEquals(List.of("Spot", "Gpu"), List.copyOf(batch.additionalQueues().keySet()));
    }

    @Test
    void spotQueueUsesSpotCapacityInPrivateSubnets() {
        template.hasResourceProperties("AWS::Batch::ComputeEnvironment", Map.of("ComputeResources", Match.objectLike(
                Map.of("Type", "SPOT", "MinvCpus", 0, "MaxvCpus", 128, "InstanceTypes", List.of("c6i", "m6i"),
                        "Subnets", List.of(Map.of("Ref", Match.stringLikeRegexp("NetworkPrivateSubnet1.*")),
                                Map.of("Ref", Match.stringLikeRegexp("NetworkPrivateSubnet2.*")))))));
    }

    @Test
    void gpuQueueBootsTheNvidiaImage() {
        template.hasResourceProperties("AWS::Batch::ComputeEnvironment", Map.of("ComputeResources", Match.objectLike(
                Map.of("InstanceTypes", List.of("g5"), "Ec2Configuration", List.of(Map.of(
                        "ImageType", "ECS_AL2023_NVIDIA"))))));
    }

    @Test
    void everyComputeEnvironmentStartsFromTheHardenedLaunchTemplate() {
        template.allResourcesProperties("AWS::Batch::ComputeEnvironment", Map.of("ComputeResources",
                Match.objectLike(Map.of("LaunchTemplate", Match.objectLike(Map.of(
                        "LaunchTemplateId", Map.of("Ref", Match.stringLikeRegexp("BatchLaunchTemplate.*"))))))));
        template.hasResourceProperties("AWS::EC2::LaunchTemplate", Map.of("LaunchTemplateData", Match.objectLike(Map.of(
                "MetadataOptions", Map.of("HttpTokens", "required", "HttpPutResponseHopLimit", 2),
                "BlockDeviceMappings", List.of(Map.of("DeviceName", "/dev/xvda", "Ebs", Map.of(
                        "Encrypted", true, "VolumeSize", 100, "VolumeType", "gp3", "DeleteOnTermination", true)))))));
    }

    @Test
    void failsOnAdditionalQueuesWithFargate() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> props().compute(ComputeOptions.builder()
                .computeType(ComputeType.FARGATE).additionalQueues(List.of(AdditionalQueue.gpu("Gpu", List.of("g5"), 8)))
                .build()).build());
        assertTrue(error.getMessage().contains("apply to EC2 only, got computeType FARGATE"), error.getMessage());
    }

    @Test
    void failsOnDuplicateQueueNames() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> props().compute(ComputeOptions.builder()
                .additionalQueues(List.of(AdditionalQueue.gpu("Gpu", List.of("g5"), 8),
                        AdditionalQueue.gpu("Gpu", List.of("g4dn"), 8))).build()).build());
        assertTrue(error.getMessage().contains("must be unique, got [Gpu, Gpu]"), error.getMessage());
    }

    @Test
    void failsOnAQueueNameThatCannotBeAnId() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AdditionalQueue.cpu("spot-queue", true, List.of("c5"), 8));
        assertTrue(error.getMessage().contains("got \"spot-queue\""), error.getMessage());
    }

    @Test
    void failsOnAQueueWithoutInstanceTypes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AdditionalQueue.gpu("Gpu", List.of(), 8));
        assertTrue(error.getMessage().contains("instanceTypes of queue Gpu must not be empty"), error.getMessage());
    }

    private static BatchComputeProps.Builder props() {
        Stack stack = TestApps.stack();
        return BatchComputeProps.builder()
                .network(new NewVpcNetwork(stack, "Network", NewVpcNetworkProps.builder().build()))
                .bucket(new Bucket(stack, "Bucket"));
    }
}

package {{package}}.compute;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import {{package}}.TestApps;
import {{package}}.network.DefaultVpcNetwork;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.s3.Bucket;

/** The root volume size of Batch EC2 instances, through the one launch template of {@link BatchCompute}. */
class RootVolumeTest {

    private final Stack stack = TestApps.stack();
    private final BatchComputeProps.Builder props = BatchComputeProps.builder()
            .network(new DefaultVpcNetwork(stack, "Network"))
            .bucket(new Bucket(stack, "Bucket"));

    /**
     * AWS Batch User Guide, "Use Amazon EC2 launch templates with AWS Batch": a block device mapping
     * on /dev/xvda resizes the root volume of the default ECS-optimized image; the GPU queue's
     * NVIDIA image has the same root device, so every compute environment shares the template.
     */
    @Test
    void everyEc2ComputeEnvironmentGetsAnEncryptedGp3RootVolumeOfTheGivenSize() {
        new BatchCompute(stack, "Batch", props.compute(ComputeOptions.builder().rootVolumeSize(500)
                .additionalQueues(List.of(AdditionalQueue.gpu("Gpu", List.of("g5"), 8))).build()).build());

        Template template = Template.fromStack(stack);
        template.resourceCountIs("AWS::EC2::LaunchTemplate", 1);
        template.hasResourceProperties("AWS::EC2::LaunchTemplate", Map.of("LaunchTemplateData", Match.objectLike(Map.of(
                "BlockDeviceMappings", List.of(Map.of("DeviceName", "/dev/xvda", "Ebs", Map.of(
                        "Encrypted", true, "VolumeSize", 500, "VolumeType", "gp3", "DeleteOnTermination", true))),
                "MetadataOptions", Match.absent()))));
        template.allResourcesProperties("AWS::Batch::ComputeEnvironment", Map.of("ComputeResources",
                Match.objectLike(Map.of("LaunchTemplate", Match.objectLike(Map.of(
                        "LaunchTemplateId", Map.of("Ref", Match.stringLikeRegexp("BatchLaunchTemplate.*"))))))));
        // The default queue names no image type, so Batch boots its default ECS-optimized image (AL2023
        // for compute environments created since January 2026, AL2 before: "Ec2Configuration", AWS
        // Batch API Reference); the launch template guide's example resizes /dev/xvda of that default
        // image. The GPU queue boots ECS_AL2023_NVIDIA, whose root device is /dev/xvda as well.
        template.hasResourceProperties("AWS::Batch::ComputeEnvironment", Map.of("ComputeResources",
                Match.objectLike(Map.of("InstanceTypes", List.of("c5", "m5", "r5"), "Ec2Configuration", Match.absent()))));
        template.hasResourceProperties("AWS::Batch::ComputeEnvironment", Map.of("ComputeResources",
                Match.objectLike(Map.of("Ec2Configuration", List.of(Map.of("ImageType", "ECS_AL2023_NVIDIA"))))));
    }

    @Test
    void withoutASizeOrHardeningInstancesKeepTheImagesRootVolume() {
        new BatchCompute(stack, "Batch", props.build());

        Template template = Template.fromStack(stack);
        template.resourceCountIs("AWS::EC2::LaunchTemplate", 0);
        template.hasResourceProperties("AWS::Batch::ComputeEnvironment", Map.of("ComputeResources",
                Match.objectLike(Map.of("LaunchTemplate", Match.absent()))));
    }

    @Test
    void hardenedInstancesTakeTheGivenSizeWithImdsv2() {
        new BatchCompute(stack, "Batch", props.compute(ComputeOptions.builder().hardenedInstances(true).rootVolumeSize(250).build()).build());

        Template.fromStack(stack).hasResourceProperties("AWS::EC2::LaunchTemplate", Map.of("LaunchTemplateData",
                Match.objectLike(Map.of(
                        "MetadataOptions", Map.of("HttpTokens", "required", "HttpPutResponseHopLimit", 2),
                        "BlockDeviceMappings", List.of(Map.of("DeviceName", "/dev/xvda", "Ebs", Match.objectLike(
                                Map.of("VolumeSize", 250, "Encrypted", true))))))));
    }

    @ParameterizedTest
    @ValueSource(ints = {29, 16_385})
    void failsOnASizeOutsideTheImageAndGp3Limits(int size) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> props.compute(ComputeOptions.builder().rootVolumeSize(size).build()).build());
        assertTrue(error.getMessage().contains("rootVolumeSize must be 30 to 16384 GiB, got " + size), error.getMessage());
    }

    @Test
    void failsOnARootVolumeWithFargate() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> props.compute(ComputeOptions.builder().computeType(ComputeType.FARGATE).rootVolumeSize(100).build()).build());
        assertTrue(error.getMessage().contains("applies to EC2 only"), error.getMessage());
        assertTrue(error.getMessage().contains("ephemeral_storage"), error.getMessage());
    }
}

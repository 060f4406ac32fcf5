package com.example.metaflow.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.TestApps;
import com.example.metaflow.compute.BatchCompute;
import com.example.metaflow.compute.BatchComputeProps;
import com.example.metaflow.compute.ComputeOptions;
import com.example.metaflow.compute.ComputeType;
import com.example.metaflow.network.DefaultVpcNetwork;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.Bucket;

class StepImagesTest {

    private final Stack stack = TestApps.stack();

    @Test
    void scansOnPushKeepsTagsImmutableAndExpiresOldImages() {
        new StepImages(stack, "StepImages", StepImagesProps.builder().build());

        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::ECR::Repository", Map.of(
                "ImageScanningConfiguration", Map.of("ScanOnPush", true),
                "ImageTagMutability", "IMMUTABLE",
                "EncryptionConfiguration", Match.absent(), // ECR's default: AES-256, SSE-S3 ("Encryption at rest")
                // Amazon ECR User Guide, "Lifecycle policy properties": sinceImagePushed in days for
                // untagged images, imageCountMoreThan for any; the "any" rule has the lowest priority.
                "LifecyclePolicy", Map.of("LifecyclePolicyText", Match.serializedJson(Map.of("rules", List.of(
                        Match.objectLike(Map.of("rulePriority", 1, "action", Map.of("type", "expire"),
                                "selection", Map.of("tagStatus", "untagged", "countType", "sinceImagePushed",
                                        "countUnit", "days", "countNumber", 7))),
                        Match.objectLike(Map.of("rulePriority", 2, "action", Map.of("type", "expire"),
                                "selection", Map.of("tagStatus", "any", "countType", "imageCountMoreThan",
                                        "countNumber", 100)))))))));
        template.hasResource("AWS::ECR::Repository", Map.of("DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain"));
    }

    @Test
    void encryptsWithTheGivenKeyAndIsDeletedWithItsImagesWhenNotRetained() {
        Key key = new Key(stack, "Key");
        new StepImages(stack, "StepImages", StepImagesProps.builder().encryptionKey(key).retain(false).build());

        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::ECR::Repository", Map.of(
                "EncryptionConfiguration", Map.of("EncryptionType", "KMS",
                        "KmsKey", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Key.*"), "Arn"))),
                "EmptyOnDelete", true));
        template.hasResource("AWS::ECR::Repository", Map.of("DeletionPolicy", "Delete"));
    }

    /**
     * The role that pulls is the EC2 instance role (the ECS agent) or the Fargate execution role
     * (Amazon ECR User Guide, "Using Amazon ECR images with Amazon ECS"); each may pull this one
     * repository: BatchGetImage, GetDownloadUrlForLayer and BatchCheckLayerAvailability on its ARN.
     */
    @ParameterizedTest
    @EnumSource(ComputeType.class)
    void theRolesThatPullMayPullFromTheRepository(ComputeType computeType) {
        BatchCompute batch = new BatchCompute(stack, "Batch", BatchComputeProps.builder()
                .network(new DefaultVpcNetwork(stack, "Network"))
                .bucket(new Bucket(stack, "Bucket"))
                .compute(ComputeOptions.builder().computeType(computeType).build())
                .build());
        StepImages images = new StepImages(stack, "StepImages", StepImagesProps.builder().build());
        batch.imagePullingRoles().forEach(images::grantPull);

        String role = computeType == ComputeType.FARGATE ? "BatchFargateExecutionRole.*"
                : "BatchComputeEnvironmentInstanceProfileRole.*";
        Map<String, Map<String, Object>> policies = Template.fromStack(stack).findResources("AWS::IAM::Policy",
                Map.of("Properties", Map.of("Roles", List.of(Map.of("Ref", Match.stringLikeRegexp(role))))));
        assertEquals(1, policies.size(), policies.keySet().toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> statements = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
                policies.values().iterator().next().get("Properties")).get("PolicyDocument")).get("Statement");
        assertTrue(statements.stream().anyMatch(statement -> statement.get("Action").equals(List.of(
                "ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"))
                && statement.get("Resource").toString().contains("StepImagesRepository")), statements.toString());
    }

    @Test
    void failsOnNoImagesKept() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StepImagesProps.builder().maxImages(0).build());
        assertTrue(error.getMessage().contains("maxImages must be 1 to 10000"), error.getMessage());
    }
}

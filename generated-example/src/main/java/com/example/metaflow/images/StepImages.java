package com.example.metaflow.images;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecr.LifecycleRule;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.RepositoryEncryption;
import software.amazon.awscdk.services.ecr.TagMutability;
import software.amazon.awscdk.services.ecr.TagStatus;
import software.amazon.awscdk.services.iam.IRole;
import software.constructs.Construct;

/**
 * The team's own images for {@code @batch} steps: one private ECR repository, pushed to with
 * {@code just push-image DIR TAG} and named in a flow as {@code @batch(image="<uri>:<tag>")}.
 * Metaflow puts {@code METAFLOW_BATCH_CONTAINER_REGISTRY} only in front of images without a
 * registry part (batch_decorator.py, {@code get_docker_registry} in aws_utils.py), so this URI,
 * whose host has dots, is pulled as written.
 *
 * <p>Tags are immutable, so a tag names one image forever and a run's recorded image is the one
 * it gets again on {@code resume}. Images are scanned on push (basic scanning, free); untagged
 * images expire after {@link StepImagesProps#untaggedDays()} and the oldest beyond
 * {@link StepImagesProps#maxImages()} are removed. An empty repository costs nothing; images
 * cost $0.10/GB-month (Amazon ECR pricing).
 */
public final class StepImages extends Construct {

    private final Repository repository;

    public StepImages(Construct scope, String id, StepImagesProps props) {
        super(scope, id);
        Repository.Builder builder = Repository.Builder.create(this, "Repository")
                .imageScanOnPush(true)
                .imageTagMutability(TagMutability.IMMUTABLE)
                .lifecycleRules(List.of(
                        LifecycleRule.builder()
                                .rulePriority(1)
                                .description("Untagged images: kept " + props.untaggedDays() + " days for rollbacks by digest")
                                .tagStatus(TagStatus.UNTAGGED)
                                .maxImageAge(Duration.days(props.untaggedDays()))
                                .build(),
                        LifecycleRule.builder()
                                .rulePriority(2)
                                .description("Any image beyond the newest " + props.maxImages())
                                .tagStatus(TagStatus.ANY)
                                .maxImageCount(props.maxImages())
                                .build()))
                .removalPolicy(props.retain() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .emptyOnDelete(!props.retain());
        props.encryptionKey().ifPresentOrElse(
                key -> builder.encryption(RepositoryEncryption.KMS).encryptionKey(key),
                () -> builder.encryption(RepositoryEncryption.AES_256));
        this.repository = builder.build();
    }

    /** The repository; its URI is the stack output {@code StepImagesRepositoryUri}. */
    public IRepository repository() {
        return repository;
    }

    /**
     * Lets a role that pulls step images pull from this repository: the EC2 instance role (the
     * ECS agent pulls on EC2) or the Fargate execution role ("Using Amazon ECR images with Amazon
     * ECS", Amazon ECR User Guide). Images encrypted with a KMS key need no key permission of the
     * puller: ECR decrypts through the grant it creates on the key ("Encryption at rest").
     */
    public void grantPull(IRole role) {
        repository.grantPull(role);
        NagSuppressions.addResourceSuppressions(role, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("ecr:GetAuthorizationToken has no resource-level permissions; pulls of the team's step"
                        + " images are limited to the stack's step images repository.")
                .appliesTo(List.of("Resource::*"))
                .build()), true);
    }
}

package com.example.metaflow.images;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecr.CfnPullThroughCacheRule;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.TaskDefinition;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.Construct;

/**
 * Where the deployment's containers come from: an ECR pull-through cache rule for ECR Public
 * ({@code public.ecr.aws}, which needs no credentials) under a repository prefix of this stack.
 * Batch steps' images come through it, so their pulls never reach Docker Hub; the service images
 * do when {@link ContainerImagesProps#serviceImagesThroughCache()} is on. ECR fetches an image from
 * upstream on its first pull and serves it from this account's registry afterwards (layers from S3).
 *
 * <p>Pulling roles need, besides the usual pull actions, {@code ecr:BatchImportUpstreamImage} and
 * {@code ecr:CreateRepository} ("IAM permissions required to sync an upstream registry with an
 * Amazon ECR private registry", Amazon ECR User Guide); {@link #grantPull} and
 * {@link #containerImage} grant them on the prefix only. Without the cache, images come from
 * {@link PublicImage#withoutCache()} and nothing is granted.
 */
public final class ContainerImages extends Construct {

    /** Upstream registry of the cache. */
    public static final String UPSTREAM_REGISTRY_URL = "public.ecr.aws";
    /** Docker's official images on ECR Public: {@code python:3.12} is {@code docker/library/python:3.12}. */
    public static final String DOCKER_LIBRARY = "docker/library";

    private static final List<String> PULL_ACTIONS = List.of("ecr:BatchCheckLayerAvailability",
            "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchImportUpstreamImage", "ecr:CreateRepository");

    private final String prefix;
    private final CfnPullThroughCacheRule rule;

    public ContainerImages(Construct scope, String id, ContainerImagesProps props) {
        super(scope, id);
        if (!props.pullThroughCache()) {
            this.prefix = null;
            this.rule = null;
            return;
        }
        this.prefix = props.repositoryPrefix().orElseGet(() -> ContainerImagesProps.defaultPrefix(Stack.of(this).getStackName()));
        this.rule = CfnPullThroughCacheRule.Builder.create(this, "EcrPublic")
                .ecrRepositoryPrefix(prefix)
                .upstreamRegistry("ecr-public")
                .upstreamRegistryUrl(UPSTREAM_REGISTRY_URL)
                .build();
    }

    /** The repository prefix of the cache; empty when images come from their registries directly. */
    public Optional<String> repositoryPrefix() {
        return Optional.ofNullable(prefix);
    }

    /** The cache's URI of an ECR Public repository: {@code <account>.dkr.ecr.<region>.<suffix>/<prefix>/<repository>}. */
    public Optional<String> cachedRepositoryUri(String ecrPublicRepository) {
        Stack stack = Stack.of(this);
        return repositoryPrefix().map(cache -> stack.getAccount() + ".dkr.ecr." + stack.getRegion() + "."
                + stack.getUrlSuffix() + "/" + cache + "/" + ecrPublicRepository);
    }

    /**
     * Value of {@code METAFLOW_BATCH_CONTAINER_REGISTRY}: Metaflow prefixes an image without a
     * registry, its default {@code python:X.Y} included, with it (batch_decorator.py), so Batch
     * steps pull Docker's official images through the cache. Empty without the cache.
     */
    public Optional<String> batchContainerRegistry() {
        return cachedRepositoryUri(DOCKER_LIBRARY);
    }

    /**
     * {@code image:tag} for a container of {@code taskDefinition}: through the cache, with its
     * execution role allowed to pull (and import) that one repository and the task definition
     * created after the rule; without the cache, {@code image.withoutCache():tag}.
     */
    public ContainerImage containerImage(TaskDefinition taskDefinition, PublicImage image, String tag) {
        Optional<String> cached = cachedRepositoryUri(image.ecrPublicRepository());
        if (cached.isEmpty()) {
            return ContainerImage.fromRegistry(image.withoutCache() + ":" + tag);
        }
        grant(taskDefinition.obtainExecutionRole(), prefix + "/" + image.ecrPublicRepository());
        taskDefinition.getNode().addDependency(rule);
        return ContainerImage.fromRegistry(cached.get() + ":" + tag);
    }

    /**
     * Lets a role that pulls images itself (a Batch EC2 instance role, a Fargate execution role)
     * pull any image under the cache, creating its repository on the first pull. No-op without
     * the cache.
     */
    public void grantPull(IRole role) {
        if (prefix != null) {
            grant(role, prefix + "/*");
            NagSuppressions.addResourceSuppressions(role, List.of(NagPackSuppression.builder()
                    .id("AwsSolutions-IAM5")
                    .reason("Batch steps run whatever image a flow names; pulls through the cache are limited to"
                            + " the repositories under this stack's pull-through cache prefix.")
                    .appliesTo(List.of(RegexAppliesTo.builder().regex("/^Resource::arn:.+:ecr:.+:repository/"
                            + prefix.replace(".", "\\.") + "/\\*$/").build()))
                    .build()), true);
        }
    }

    private void grant(IRole role, String repositories) {
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("ecr:GetAuthorizationToken"))
                .resources(List.of("*"))
                .build());
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(PULL_ACTIONS)
                .resources(List.of(Stack.of(this).formatArn(ArnComponents.builder()
                        .service("ecr").resource("repository").resourceName(repositories).build())))
                .build());
        NagSuppressions.addResourceSuppressions(role, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("ecr:GetAuthorizationToken has no resource-level permissions; the pulls themselves are"
                        + " limited to repositories of this stack's pull-through cache.")
                .appliesTo(List.of("Resource::*"))
                .build()), true);
    }
}

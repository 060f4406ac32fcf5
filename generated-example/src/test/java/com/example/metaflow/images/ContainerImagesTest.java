package com.example.metaflow.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.TestApps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;

class ContainerImagesTest {

    private static final String CACHE = "metaflow-ecr-public";
    private static final String ARN = "arn:aws:ecr:us-east-1:123456789012:repository/" + CACHE + "/";

    private final Stack stack = new Stack(TestApps.app(), "metaflow", StackProps.builder().env(TestApps.ENV).build());
    private final FargateTaskDefinition taskDefinition = new FargateTaskDefinition(stack, "Task");

    @Test
    void cachesEcrPublicWithoutCredentialsUnderAPrefixOfTheStack() {
        new ContainerImages(stack, "Images", ContainerImagesProps.builder().build());

        // Amazon ECR User Guide, "Sync an upstream registry with an Amazon ECR private registry":
        // ECR Public needs no authentication; the upstream URL is public.ecr.aws.
        Template.fromStack(stack).hasResourceProperties("AWS::ECR::PullThroughCacheRule", Map.of(
                "EcrRepositoryPrefix", CACHE,
                "UpstreamRegistry", "ecr-public",
                "UpstreamRegistryUrl", "public.ecr.aws",
                "CredentialArn", Match.absent()));
    }

    @Test
    void taskDefinitionPullsAndImportsItsOneRepositoryThroughTheCacheAfterTheRuleExists() {
        ContainerImages images = new ContainerImages(stack, "Images", ContainerImagesProps.builder().build());
        taskDefinition.addContainer("ui", ContainerDefinitionOptions.builder()
                .image(images.containerImage(taskDefinition, PublicImage.METAFLOW_UI, "v1.3.0")).build());

        Template template = Template.fromStack(stack);
        // "Pulling an image with a pull through cache rule in Amazon ECR": <registry>/<prefix>/<upstream repository>:tag
        template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(
                Match.objectLike(Map.of("Image", Map.of("Fn::Join", List.of("", List.of(
                        "123456789012.dkr.ecr.us-east-1.", Map.of("Ref", "AWS::URLSuffix"),
                        "/" + CACHE + "/outerbounds/metaflow_ui:v1.3.0"))))))));
        // "IAM permissions required to sync an upstream registry with an Amazon ECR private registry":
        // the puller needs ecr:BatchImportUpstreamImage, and ecr:CreateRepository for the first pull.
        template.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement", List.of(
                Map.of("Action", "ecr:GetAuthorizationToken", "Effect", "Allow", "Resource", "*"),
                Map.of("Action", List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage",
                                "ecr:BatchImportUpstreamImage", "ecr:CreateRepository", "ecr:GetDownloadUrlForLayer"),
                        "Effect", "Allow", "Resource", ARN + "outerbounds/metaflow_ui")))));
        String rule = template.findResources("AWS::ECR::PullThroughCacheRule").keySet().iterator().next();
        template.hasResource("AWS::ECS::TaskDefinition", Map.of("DependsOn", List.of(rule)));
    }

    @Test
    void batchRolesMayPullAnyImageUnderThePrefixOnly() {
        ContainerImages images = new ContainerImages(stack, "Images", ContainerImagesProps.builder().build());
        Role instanceRole = Role.Builder.create(stack, "InstanceRole")
                .assumedBy(new ServicePrincipal("ec2.amazonaws.com")).build();
        images.grantPull(instanceRole);

        Template.fromStack(stack).hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", Match.arrayWith(List.of("ecr:BatchImportUpstreamImage", "ecr:CreateRepository")),
                        "Resource", ARN + "*")))))));
    }

    @Test
    void metaflowsDefaultPythonImageMapsToDockersOfficialImageOnEcrPublic() {
        ContainerImages images = new ContainerImages(stack, "Images", ContainerImagesProps.builder().build());
        Object registry = stack.resolve(images.batchContainerRegistry().orElseThrow());

        // metaflow/plugins/aws/batch/batch_decorator.py: image = BATCH_CONTAINER_REGISTRY.rstrip("/") + "/"
        // + "python:%s.%s"; the cache strips <registry>/<prefix>/ and pulls the rest from public.ecr.aws,
        // where Docker's official python image is docker/library/python.
        assertEquals(Map.of("Fn::Join", List.of("", List.of("123456789012.dkr.ecr.us-east-1.",
                Map.of("Ref", "AWS::URLSuffix"), "/" + CACHE + "/docker/library"))), registry);
    }

    @Test
    void withoutTheCacheImagesComeFromTheirRegistriesAndNothingIsGranted() {
        ContainerImages images = new ContainerImages(stack, "Images",
                ContainerImagesProps.builder().pullThroughCache(false).build());
        taskDefinition.addContainer("metadata", ContainerDefinitionOptions.builder()
                .image(images.containerImage(taskDefinition, PublicImage.METADATA_SERVICE, "v2.5.1")).build());
        images.grantPull(taskDefinition.getTaskRole());

        Template template = Template.fromStack(stack);
        template.resourceCountIs("AWS::ECR::PullThroughCacheRule", 0);
        template.resourceCountIs("AWS::IAM::Policy", 0);
        template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(
                Match.objectLike(Map.of("Image", "netflixoss/metaflow_metadata_service:v2.5.1")))));
        assertTrue(images.batchContainerRegistry().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"metaflow", "MetaflowProd", "metaflow-platform-production-eu", "a", "x--y-", "Z"})
    void derivesAValidPrefixOfAtMostThirtyCharactersFromAnyStackName(String stackName) {
        String prefix = ContainerImagesProps.defaultPrefix(stackName);

        // Amazon ECR API Reference, CreatePullThroughCacheRule: ecrRepositoryPrefix is 2-30 characters.
        assertTrue(prefix.length() >= 2 && prefix.length() <= 30, prefix);
        assertTrue(ContainerImagesProps.PREFIX.matcher(prefix).matches() && prefix.endsWith("-ecr-public"), prefix);
    }

    @Test
    void stacksWhoseNamesShareTheirStartGetDifferentPrefixes() {
        String eu = ContainerImagesProps.defaultPrefix("metaflow-platform-production-eu");
        assertNotEquals(eu, ContainerImagesProps.defaultPrefix("metaflow-platform-production-us"));
        assertTrue(eu.startsWith("metaflow-p"), eu);
        assertEquals(CACHE, ContainerImagesProps.defaultPrefix("metaflow"));
        assertNotEquals(CACHE, ContainerImagesProps.defaultPrefix("Metaflow"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "Upper", "a//b", "-lead", "this-prefix-is-far-too-long-for-ecr"})
    void failsOnAPrefixEcrRejects(String prefix) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ContainerImagesProps.builder().repositoryPrefix(prefix).build());
        assertTrue(error.getMessage().contains("got \"" + prefix + "\""), error.getMessage());
    }
}

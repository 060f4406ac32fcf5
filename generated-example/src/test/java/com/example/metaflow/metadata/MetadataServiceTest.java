package com.example.metaflow.metadata;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.TestApps;
import com.example.metaflow.images.ContainerImages;
import com.example.metaflow.images.ContainerImagesProps;
import com.example.metaflow.network.DefaultVpcNetwork;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;

class MetadataServiceTest {

    private final Stack stack = TestApps.stack();
    private final MetadataServiceProps.Builder props =
            MetadataServiceProps.builder().network(new DefaultVpcNetwork(stack, "Network"));

    @Test
    void runsAPrivateEncryptedPostgresOfThePinnedMajorVersion() {
        new MetadataService(stack, "MetadataService", props.build());

        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::RDS::DBInstance", Map.of(
                "Engine", "postgres",
                "EngineVersion", "16",
                "DBInstanceClass", "db.t4g.micro",
                "AllocatedStorage", "20",
                "StorageType", "gp3",
                "StorageEncrypted", true,
                "PubliclyAccessible", false,
                "MultiAZ", false,
                "MasterUsername", "metaflow",
                "DBName", "metaflow"));
        template.hasResourceProperties("AWS::SecretsManager::Secret", Map.of(
                "GenerateSecretString", Match.objectLike(Map.of("GenerateStringKey", "password"))));
    }

    @Test
    void snapshotsTheDatabaseWhenRetainingData() {
        new MetadataService(stack, "MetadataService", props.build());

        Template.fromStack(stack).hasResource("AWS::RDS::DBInstance", Map.of("DeletionPolicy", "Snapshot"));
    }

    @Test
    void deletesTheDatabaseWhenNotRetainingData() {
        new MetadataService(stack, "MetadataService", props.retainData(false).build());

        Template.fromStack(stack).hasResource("AWS::RDS::DBInstance", Map.of("DeletionPolicy", "Delete"));
    }

    @Test
    void runsOneQuarterVcpuTaskOfThePinnedImage() {
        new MetadataService(stack, "MetadataService", props.imageTag("v2.4.13").build());

        Template.fromStack(stack).hasResourceProperties("AWS::ECS::TaskDefinition", Map.of(
                "Cpu", "256",
                "Memory", "1024",
                "ContainerDefinitions", List.of(Match.objectLike(Map.of(
                        "Image", "netflixoss/metaflow_metadata_service:v2.4.13",
                        "PortMappings", List.of(
                                Map.of("ContainerPort", 8080, "Name", "metadata", "Protocol", "tcp"),
                                Map.of("ContainerPort", 8082, "Name", "migration", "Protocol", "tcp")),
                        "HealthCheck", Match.objectLike(Map.of("Command", List.of("CMD-SHELL",
                                Match.stringLikeRegexp("python3 .*http://localhost:8080/ping")))))))));
    }

    @Test
    void pullsTheImagesEcrPublicMirrorThroughThePullThroughCache() {
        ContainerImages images = new ContainerImages(stack, "Images", ContainerImagesProps.builder().build());
        new MetadataService(stack, "MetadataService", props.images(images).build());

        Template template = Template.fromStack(stack);
        // Netflix/metaflow-service pushes netflixoss/metaflow_metadata_service to Docker Hub only
        // (.github/workflows/dockerimage.yml); outerbounds/metaflow-tools' Helm charts pull its
        // mirror public.ecr.aws/outerbounds/metaflow_metadata_service, which the cache serves.
        template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of(
                "ContainerDefinitions", List.of(Match.objectLike(Map.of("Image", Map.of("Fn::Join", List.of("",
                        List.of("123456789012.dkr.ecr.us-east-1.", Map.of("Ref", "AWS::URLSuffix"), "/"
                                + images.repositoryPrefix().orElseThrow()
                                + "/outerbounds/metaflow_metadata_service:v2.5.1"))))))));
        // Amazon ECR User Guide, "IAM permissions required to sync an upstream registry": the
        // pulling role (here the task execution role) needs ecr:BatchImportUpstreamImage.
        template.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement",
                Match.arrayWith(List.of(Match.objectLike(Map.of("Action",
                        Match.arrayWith(List.of("ecr:BatchImportUpstreamImage")))))))));
    }

    @Test
    void letsTheUiBackendRunTheSameImageThroughTheCache() {
        ContainerImages images = new ContainerImages(stack, "Images", ContainerImagesProps.builder().build());
        MetadataService service = new MetadataService(stack, "MetadataService", props.images(images).build());
        FargateTaskDefinition ui = new FargateTaskDefinition(stack, "Ui");
        ui.addContainer("ui-backend", ContainerDefinitionOptions.builder().image(service.containerImage(ui)).build());

        Template template = Template.fromStack(stack);
        template.resourceCountIs("AWS::ECS::TaskDefinition", 2);
        template.allResourcesProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(
                Match.objectLike(Map.of("Image", Match.objectLike(Map.of("Fn::Join", List.of("", Match.arrayWith(
                        List.of(Match.stringLikeRegexp(".*/outerbounds/metaflow_metadata_service:v2\\.5\\.1")))))))))));
        template.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "Roles", List.of(stack.resolve(ui.obtainExecutionRole().getRoleName())),
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", Match.arrayWith(List.of("ecr:BatchImportUpstreamImage")))))))));
    }

    @Test
    void connectsToTheDatabaseWithTheGeneratedPassword() {
        new MetadataService(stack, "MetadataService", props.build());

        Template.fromStack(stack).hasResourceProperties("AWS::ECS::TaskDefinition", Map.of(
                "ContainerDefinitions", List.of(Match.objectLike(Map.of(
                        "Environment", List.of(
                                Match.objectLike(Map.of("Name", "MF_METADATA_DB_HOST")),
                                Map.of("Name", "MF_METADATA_DB_NAME", "Value", "metaflow"),
                                Match.objectLike(Map.of("Name", "MF_METADATA_DB_PORT")),
                                Map.of("Name", "MF_METADATA_DB_SSL_MODE", "Value", "require"),
                                Map.of("Name", "MF_METADATA_DB_USER", "Value", "metaflow")),
                        "Secrets", List.of(Match.objectLike(Map.of("Name", "MF_METADATA_DB_PSWD"))))))));
    }

    @Test
    void prefersSslBeforePostgres15() {
        new MetadataService(stack, "MetadataService", props.postgresMajorVersion("14").build());

        Template.fromStack(stack).hasResourceProperties("AWS::ECS::TaskDefinition", Map.of(
                "ContainerDefinitions", List.of(Match.objectLike(Map.of("Environment", Match.arrayWith(List.of(
                        Map.of("Name", "MF_METADATA_DB_SSL_MODE", "Value", "prefer"))))))));
    }

    @Test
    void keepsOneTaskWithAPublicIpRegisteredAsAnSrvRecord() {
        new MetadataService(stack, "MetadataService", props.build());

        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::ECS::Service", Map.of(
                "DesiredCount", 1,
                "DeploymentConfiguration", Map.of(
                        "DeploymentCircuitBreaker", Map.of("Enable", true, "Rollback", true),
                        "MaximumPercent", 200, "MinimumHealthyPercent", 100),
                "NetworkConfiguration", Map.of("AwsvpcConfiguration", Match.objectLike(Map.of(
                        "AssignPublicIp", "ENABLED", "Subnets", TestApps.SUBNET_IDS))),
                "ServiceRegistries", List.of(Match.objectLike(Map.of(
                        "ContainerName", "metadata", "ContainerPort", 8080)))));
        template.hasResourceProperties("AWS::ServiceDiscovery::Service", Map.of(
                "DnsConfig", Match.objectLike(Map.of("DnsRecords", List.of(Map.of("TTL", 10, "Type", "SRV"))))));
    }

    @Test
    void admitsPostgresTrafficOnlyFromTheService() {
        MetadataService service = new MetadataService(stack, "MetadataService", props.build());

        Template template = Template.fromStack(stack);
        template.resourceCountIs("AWS::EC2::SecurityGroupIngress", 1);
        template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of(
                "IpProtocol", "tcp",
                "SourceSecurityGroupId", stack.resolve(
                        service.getConnections().getSecurityGroups().get(0).getSecurityGroupId()),
                "GroupId", stack.resolve(
                        service.database().getConnections().getSecurityGroups().get(0).getSecurityGroupId())));
        template.allResourcesProperties("AWS::EC2::SecurityGroup", Map.of("SecurityGroupIngress", Match.absent()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"latest", "v2.5.1 ", "-v2", ""})
    void failsOnAnImageTagThatIsNotPinned(String tag) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> props.imageTag(tag).build());
        assertTrue(error.getMessage().contains("got \"" + tag + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"16.4", "16.x", "sixteen", "016"})
    void failsOnAPostgresVersionThatIsNotAMajor(String version) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> props.postgresMajorVersion(version).build());
        assertTrue(error.getMessage().contains("must be a major version only, got \"" + version + "\""));
    }

    @Test
    void failsOnAPostgresMajorPastStandardSupport() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> props.postgresMajorVersion("13").build());
        assertTrue(error.getMessage().contains("Extended Support"));
    }
}

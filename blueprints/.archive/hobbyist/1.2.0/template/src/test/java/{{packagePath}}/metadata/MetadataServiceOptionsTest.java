package {{package}}.metadata;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import {{package}}.TestApps;
import {{package}}.network.NewVpcNetwork;
import {{package}}.network.NewVpcNetworkProps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The availability and protection options of {@link MetadataService} and its database. */
class MetadataServiceOptionsTest {

    private final Stack stack = TestApps.stack();
    private final MetadataServiceProps.Builder props = MetadataServiceProps.builder()
            .network(new NewVpcNetwork(stack, "Network", NewVpcNetworkProps.builder().build()));

    @Test
    void multiAzPostgresIsProtectedEncryptedWithItsOwnKeyAndIsolated() {
        new MetadataService(stack, "MetadataService", props.database(DatabaseOptions.builder()
                .instanceType("t4g.small").multiAz(true).deletionProtection(true)
                .backupRetention(Duration.days(14)).customerManagedKey(true).build()).build());

        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::RDS::DBInstance", Map.of(
                "DBInstanceClass", "db.t4g.small", "MultiAZ", true, "DeletionProtection", true,
                "BackupRetentionPeriod", 14, "StorageEncrypted", true,
                "KmsKeyId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("MetadataServiceDatabaseKey.*"), "Arn"))));
        template.hasResourceProperties("AWS::RDS::DBSubnetGroup", Map.of("SubnetIds", List.of(
                Map.of("Ref", Match.stringLikeRegexp("NetworkIsolatedSubnet1.*")),
                Map.of("Ref", Match.stringLikeRegexp("NetworkIsolatedSubnet2.*")))));
    }

    @Test
    void auroraRunsAWriterAndAReaderWhenMultiAz() {
        new MetadataService(stack, "MetadataService", props.database(DatabaseOptions.builder()
                .engine(DatabaseEngine.AURORA_POSTGRES).multiAz(true).build()).build());

        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::RDS::DBCluster", Map.of(
                "Engine", "aurora-postgresql", "EngineVersion", "16", "StorageEncrypted", true,
                "DatabaseName", "metaflow"));
        template.resourceCountIs("AWS::RDS::DBInstance", 2);
        template.allResourcesProperties("AWS::RDS::DBInstance", Map.of(
                "DBInstanceClass", "db.t4g.medium", "PubliclyAccessible", false));
    }

    @Test
    void spreadsTasksWithoutPublicIpsAndScalesOnCpu() {
        new MetadataService(stack, "MetadataService", props.desiredCount(2).maxCount(4).containerInsights(true).build());

        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::ECS::Service", Map.of(
                "DesiredCount", 2,
                "NetworkConfiguration", Map.of("AwsvpcConfiguration", Match.objectLike(Map.of(
                        "AssignPublicIp", "DISABLED")))));
        template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Map.of(
                "MinCapacity", 2, "MaxCapacity", 4));
        template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Map.of(
                "TargetTrackingScalingPolicyConfiguration", Match.objectLike(Map.of("TargetValue", 60))));
        template.hasResourceProperties("AWS::ECS::Cluster", Map.of("ClusterSettings", List.of(
                Map.of("Name", "containerInsights", "Value", "enabled"))));
    }

    @Test
    void doesNotAutoscaleByDefault() {
        new MetadataService(stack, "MetadataService", props.build());

        Template.fromStack(stack).resourceCountIs("AWS::ApplicationAutoScaling::ScalableTarget", 0);
    }

    @Test
    void failsOnMoreDesiredThanMaximumTasks() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> props.desiredCount(3).maxCount(2).build());
        assertTrue(error.getMessage().contains("got desiredCount=3, maxCount=2"), error.getMessage());
    }

    @Test
    void failsOnAnAuroraClassAuroraDoesNotOffer() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> DatabaseOptions.builder()
                .engine(DatabaseEngine.AURORA_POSTGRES).instanceType("t4g.micro").build());
        assertTrue(error.getMessage().contains("Aurora PostgreSQL does not offer db.t4g.micro"), error.getMessage());
    }

    @Test
    void failsOnAnInstanceClassWithThePrefix() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DatabaseOptions.builder().instanceType("db.t4g.small").build());
        assertTrue(error.getMessage().contains("got \"db.t4g.small\""), error.getMessage());
    }

    @Test
    void failsOnBackupsKeptLessThanAWeek() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DatabaseOptions.builder().backupRetention(Duration.days(3)).build());
        assertTrue(error.getMessage().contains("7 to 35 days, got 3 days"), error.getMessage());
    }
}

package com.example.metaflow.metadata;

import static com.example.metaflow.metadata.PostgresInstanceDatabase.suppression;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.BackupProps;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.rds.ProvisionedClusterInstanceProps;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * Aurora PostgreSQL: a writer and, when Multi-AZ, a reader in another zone that Aurora promotes
 * on failure. Encrypted, private, password generated in Secrets Manager.
 */
record AuroraPostgresDatabase(DatabaseCluster cluster) implements MetadataDatabase {

    static AuroraPostgresDatabase create(Construct scope, String id, MetadataServiceProps props) {
        DatabaseOptions options = props.database();
        InstanceType instanceType = new InstanceType(options.instanceType());
        DatabaseCluster.Builder builder = DatabaseCluster.Builder.create(scope, id)
                .engine(DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder()
                        .version(AuroraPostgresEngineVersion.of(props.postgresMajorVersion(),
                                props.postgresMajorVersion()))
                        .build()))
                .writer(ClusterInstance.provisioned("Writer", ProvisionedClusterInstanceProps.builder()
                        .instanceType(instanceType).publiclyAccessible(false).build()))
                .readers(options.multiAz() ? List.of(ClusterInstance.provisioned("Reader",
                        ProvisionedClusterInstanceProps.builder().instanceType(instanceType)
                                .publiclyAccessible(false).build())) : List.of())
                .storageEncrypted(true)
                .vpc(props.network().vpc())
                .vpcSubnets(props.network().databaseSubnets())
                .credentials(Credentials.fromGeneratedSecret(USER))
                .defaultDatabaseName(NAME)
                .backup(BackupProps.builder().retention(options.backupRetention()).build())
                .deletionProtection(options.deletionProtection())
                .removalPolicy(props.retainData() ? RemovalPolicy.SNAPSHOT : RemovalPolicy.DESTROY);
        if (options.customerManagedKey()) {
            builder.storageEncryptionKey(Key.Builder.create(scope, id + "Key")
                    .description("Encrypts the Metaflow metadata database, its snapshots and backups")
                    .enableKeyRotation(true)
                    .removalPolicy(props.retainData() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                    .build());
        }
        DatabaseCluster cluster = builder.build();
        List<NagPackSuppression> suppressions = new ArrayList<>(List.of(
                suppression("AwsSolutions-RDS11", "The cluster has no public endpoint and its security group"
                        + " admits only the metadata service, so a non-default port adds no protection."),
                suppression("AwsSolutions-SMG4", PostgresInstanceDatabase.ROTATION_REASON),
                suppression("AwsSolutions-RDS6", "The metadata service image connects with a password from its"
                        + " environment and cannot refresh 15-minute IAM authentication tokens; the password"
                        + " lives in Secrets Manager and the cluster admits only the service's security group.")));
        if (!options.deletionProtection()) {
            suppressions.add(suppression("AwsSolutions-RDS10", "Deletion protection would make `cdk destroy` fail;"
                    + " the removal policy takes a final snapshot instead when retainData is true."));
        }
        NagSuppressions.addResourceSuppressions(cluster, suppressions, true);
        return new AuroraPostgresDatabase(cluster);
    }

    @Override
    public Connections getConnections() {
        return cluster.getConnections();
    }

    @Override
    public String host() {
        return cluster.getClusterEndpoint().getHostname();
    }

    @Override
    public String port() {
        return Token.asString(cluster.getClusterEndpoint().getPort());
    }

    @Override
    public ISecret secret() {
        return cluster.getSecret();
    }

    @Override
    public String identifier() {
        return cluster.getClusterIdentifier();
    }

    @Override
    public String arn() {
        return cluster.getClusterArn();
    }

    @Override
    public boolean isCluster() {
        return true;
    }

    @Override
    public Metric cpuUtilization() {
        return cluster.metricCPUUtilization();
    }

    @Override
    public Optional<Metric> freeStorageSpace() {
        return Optional.empty();
    }
}

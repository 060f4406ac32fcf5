package com.example.metaflow.metadata;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.amazon.awscdk.services.rds.StorageType;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * RDS for PostgreSQL: 20 GB of gp3, encrypted, never publicly accessible, password generated in
 * Secrets Manager; single-AZ or with a Multi-AZ standby.
 */
record PostgresInstanceDatabase(DatabaseInstance instance) implements MetadataDatabase {

    /** Why the database password is not rotated automatically. */
    static final String ROTATION_REASON = "The metadata service reads the password only at task start, so an"
            + " automatic rotation would break every running task until it restarts. The secret is readable only"
            + " by the service's execution role and the database only reachable from the service's security"
            + " group; the README's runbook rotates it together with a service redeployment.";

    static PostgresInstanceDatabase create(Construct scope, String id, MetadataServiceProps props) {
        DatabaseOptions options = props.database();
        DatabaseInstance.Builder builder = DatabaseInstance.Builder.create(scope, id)
                .engine(DatabaseInstanceEngine.postgres(PostgresInstanceEngineProps.builder()
                        .version(PostgresEngineVersion.of(props.postgresMajorVersion(), props.postgresMajorVersion()))
                        .build()))
                .instanceType(new InstanceType(options.instanceType()))
                .allocatedStorage(20)
                .storageType(StorageType.GP3)
                .storageEncrypted(true)
                .multiAz(options.multiAz())
                .publiclyAccessible(false)
                .vpc(props.network().vpc())
                .vpcSubnets(props.network().databaseSubnets())
                .credentials(Credentials.fromGeneratedSecret(USER))
                .databaseName(NAME)
                .backupRetention(options.backupRetention())
                .deletionProtection(options.deletionProtection())
                .removalPolicy(props.retainData() ? RemovalPolicy.SNAPSHOT : RemovalPolicy.DESTROY);
        if (options.customerManagedKey()) {
            builder.storageEncryptionKey(Key.Builder.create(scope, id + "Key")
                    .description("Encrypts the Metaflow metadata database, its snapshots and backups")
                    .enableKeyRotation(true)
                    .removalPolicy(props.retainData() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                    .build());
        }
        DatabaseInstance instance = builder.build();
        NagSuppressions.addResourceSuppressions(instance, suppressions(options), true);
        return new PostgresInstanceDatabase(instance);
    }

    private static List<NagPackSuppression> suppressions(DatabaseOptions options) {
        List<NagPackSuppression> suppressions = new ArrayList<>();
        if (!options.multiAz()) {
            suppressions.add(suppression("AwsSolutions-RDS3", "Single-AZ on purpose: Multi-AZ doubles the instance"
                    + " cost, and an hour of metadata downtime only delays new runs; artifacts live in S3."));
        }
        if (!options.deletionProtection()) {
            suppressions.add(suppression("AwsSolutions-RDS10", "Deletion protection would make `cdk destroy` fail;"
                    + " the removal policy takes a final snapshot instead when retainData is true."));
        }
        suppressions.add(suppression("AwsSolutions-RDS11", "The database has no public endpoint and its security"
                + " group admits only the metadata service, so a non-default port adds no protection."));
        suppressions.add(suppression("AwsSolutions-SMG4", options.multiAz() ? ROTATION_REASON
                : "The metadata service reads the password once at task start; rotating it needs a rotation"
                        + " Lambda and a service restart, not worth it for one user."));
        return suppressions;
    }

    static NagPackSuppression suppression(String id, String reason) {
        return NagPackSuppression.builder().id(id).reason(reason).build();
    }

    @Override
    public Connections getConnections() {
        return instance.getConnections();
    }

    @Override
    public String host() {
        return instance.getDbInstanceEndpointAddress();
    }

    @Override
    public String port() {
        return instance.getDbInstanceEndpointPort();
    }

    @Override
    public ISecret secret() {
        return instance.getSecret();
    }

    @Override
    public String identifier() {
        return instance.getInstanceIdentifier();
    }

    @Override
    public String arn() {
        return instance.getInstanceArn();
    }

    @Override
    public boolean isCluster() {
        return false;
    }

    @Override
    public Metric cpuUtilization() {
        return instance.metricCPUUtilization();
    }

    @Override
    public Optional<Metric> freeStorageSpace() {
        return Optional.of(instance.metricFreeStorageSpace());
    }
}

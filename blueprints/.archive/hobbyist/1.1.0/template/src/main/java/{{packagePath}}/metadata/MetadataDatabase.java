package {{package}}.metadata;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.InstanceClass;
import software.amazon.awscdk.services.ec2.InstanceSize;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.amazon.awscdk.services.rds.StorageType;
import software.constructs.Construct;

/**
 * The PostgreSQL instance of {@link MetadataService}: the smallest Graviton class, 20 GB of gp3,
 * encrypted, single-AZ, never publicly accessible, password generated in Secrets Manager.
 */
final class MetadataDatabase {

    static final String USER = "metaflow";
    static final String NAME = "metaflow";

    private MetadataDatabase() {
    }

    static DatabaseInstance create(Construct scope, String id, MetadataServiceProps props) {
        DatabaseInstance database = DatabaseInstance.Builder.create(scope, id)
                .engine(DatabaseInstanceEngine.postgres(PostgresInstanceEngineProps.builder()
                        .version(PostgresEngineVersion.of(props.postgresMajorVersion(), props.postgresMajorVersion()))
                        .build()))
                .instanceType(InstanceType.of(InstanceClass.BURSTABLE4_GRAVITON, InstanceSize.MICRO))
                .allocatedStorage(20)
                .storageType(StorageType.GP3)
                .storageEncrypted(true)
                .multiAz(false)
                .publiclyAccessible(false)
                .vpc(props.network().vpc())
                .vpcSubnets(props.network().databaseSubnets())
                .credentials(Credentials.fromGeneratedSecret(USER))
                .databaseName(NAME)
                .backupRetention(Duration.days(7))
                .deletionProtection(false)
                .removalPolicy(props.retainData() ? RemovalPolicy.SNAPSHOT : RemovalPolicy.DESTROY)
                .build();
        NagSuppressions.addResourceSuppressions(database, List.of(
                suppression("AwsSolutions-RDS3", "Single-AZ on purpose: Multi-AZ doubles the instance cost, and"
                        + " an hour of metadata downtime only delays new runs; artifacts live in S3."),
                suppression("AwsSolutions-RDS10", "Deletion protection would make `cdk destroy` fail; the"
                        + " removal policy takes a final snapshot instead when retainData is true."),
                suppression("AwsSolutions-RDS11", "The database has no public endpoint and its security group"
                        + " admits only the metadata service, so a non-default port adds no protection."),
                suppression("AwsSolutions-SMG4", "The metadata service reads the password once at task start;"
                        + " rotating it needs a rotation Lambda and a service restart, not worth it for one user.")),
                true);
        return database;
    }

    /** PostgreSQL 15+ on RDS forces SSL ({@code rds.force_ssl=1}); older majors accept both. */
    static String sslMode(String postgresMajorVersion) {
        return Integer.parseInt(postgresMajorVersion) >= 15 ? "require" : "prefer";
    }

    private static NagPackSuppression suppression(String id, String reason) {
        return NagPackSuppression.builder().id(id).reason(reason).build();
    }
}

package com.example.metaflow.metadata;

import java.util.Optional;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * The PostgreSQL database of {@link MetadataService}, whichever engine runs it: what the service
 * connects to and what alarms watch. Connections admit clients on the database port.
 */
public interface MetadataDatabase extends IConnectable {

    /** Database user the service connects as. */
    String USER = "metaflow";
    /** Database the service uses. */
    String NAME = "metaflow";

    /** Endpoint address of the (writer) instance. */
    String host();

    /** Endpoint port, as a string token. */
    String port();

    /** The generated secret holding the {@code password} of {@link #USER}. */
    ISecret secret();

    /** What {@code aws rds stop-db-instance} (or {@code stop-db-cluster} for Aurora) takes. */
    String identifier();

    /** The ARN of the instance or the Aurora cluster, for permissions on it alone. */
    String arn();

    /** Whether this is an Aurora cluster, stopped and started as a whole, rather than an instance. */
    boolean isCluster();

    /** Average CPU utilization in percent. */
    Metric cpuUtilization();

    /** Free storage in bytes; empty for Aurora, whose storage grows by itself. */
    Optional<Metric> freeStorageSpace();

    /** Creates the database that {@code props} describe, with construct id {@code id}. */
    static MetadataDatabase create(Construct scope, String id, MetadataServiceProps props) {
        return props.database().engine() == DatabaseEngine.AURORA_POSTGRES
                ? AuroraPostgresDatabase.create(scope, id, props)
                : PostgresInstanceDatabase.create(scope, id, props);
    }

    /** PostgreSQL 15+ on RDS forces SSL ({@code rds.force_ssl=1}); older majors accept both. */
    static String sslMode(String postgresMajorVersion) {
        return Integer.parseInt(postgresMajorVersion) >= 15 ? "require" : "prefer";
    }
}

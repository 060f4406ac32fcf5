package com.example.metaflow.metadata;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.HealthCheck;
import software.amazon.awscdk.services.ecs.LogDrivers;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * The container of {@link MetadataService}'s task: both ports, the database settings (the password
 * from Secrets Manager), the {@code /ping} health check and the log group.
 */
final class MetadataContainer {

    private MetadataContainer() {
    }

    /** The {@code MF_METADATA_DB_*} variables the service reads, except the password. */
    static SortedMap<String, String> databaseEnvironment(MetadataDatabase database, String postgresMajorVersion) {
        return new TreeMap<>(Map.of(
                "MF_METADATA_DB_HOST", database.host(),
                "MF_METADATA_DB_PORT", database.port(),
                "MF_METADATA_DB_USER", MetadataDatabase.USER,
                "MF_METADATA_DB_NAME", MetadataDatabase.NAME,
                "MF_METADATA_DB_SSL_MODE", MetadataDatabase.sslMode(postgresMajorVersion)));
    }

    /** The container's options; the log group is created in {@code service} as {@code Logs}. */
    static ContainerDefinitionOptions options(Construct service, MetadataServiceProps props, ContainerImage image,
            Map<String, String> databaseEnvironment, ISecret databaseSecret) {
        return ContainerDefinitionOptions.builder()
                .image(image)
                .portMappings(List.of(
                        PortMapping.builder().containerPort(MetadataService.METADATA_PORT).name("metadata").build(),
                        PortMapping.builder().containerPort(MetadataService.MIGRATION_PORT).name("migration").build()))
                .environment(databaseEnvironment)
                .secrets(Map.of("MF_METADATA_DB_PSWD", Secret.fromSecretsManager(databaseSecret, "password")))
                .healthCheck(HealthCheck.builder()
                        // The image has Python but not necessarily curl. /ping, not /healthcheck: a
                        // database failover (a minute or two for Multi-AZ) would otherwise have ECS
                        // replace every task at once; just verify and the alarms check the database.
                        .command(List.of("CMD-SHELL", "python3 -c \"import urllib.request; urllib.request"
                                + ".urlopen('http://localhost:" + MetadataService.METADATA_PORT + "/ping', timeout=4)\""))
                        .interval(Duration.seconds(30))
                        .timeout(Duration.seconds(5))
                        .retries(3)
                        .startPeriod(Duration.seconds(120))
                        .build())
                .logging(LogDrivers.awsLogs(AwsLogDriverProps.builder()
                        .streamPrefix("metadata")
                        .logGroup(LogGroup.Builder.create(service, "Logs")
                                .retention(props.logRetention())
                                .removalPolicy(RemovalPolicy.DESTROY)
                                .build())
                        .build()))
                .build();
    }
}

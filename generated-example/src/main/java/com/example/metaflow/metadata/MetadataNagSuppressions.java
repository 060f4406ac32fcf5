package com.example.metaflow.metadata;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.ecs.TaskDefinition;

/** The cdk-nag findings {@link MetadataService} accepts, each with its reason. */
final class MetadataNagSuppressions {

    private MetadataNagSuppressions() {
    }

    /** ECS2 (environment variables in the task definition): they name nothing secret here. */
    static void taskDefinition(TaskDefinition taskDefinition) {
        NagSuppressions.addResourceSuppressions(taskDefinition, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-ECS2")
                .reason("The environment holds only the database host, port, user, name and SSL mode;"
                        + " the password is injected from Secrets Manager.")
                .build()));
    }

    /** ECS4 (no Container Insights), when Container Insights is off. */
    static void cluster(ICluster cluster) {
        NagSuppressions.addResourceSuppressions(cluster, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-ECS4")
                .reason("Container Insights bills custom metrics for a one-task cluster; the service's CPU"
                        + " and memory metrics and its logs are enough here.")
                .build()));
    }
}

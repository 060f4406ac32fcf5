package com.example.metaflow.compute;

import java.util.List;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

/**
 * The execution role of Fargate {@code @batch} steps ({@code METAFLOW_ECS_FARGATE_EXECUTION_ROLE}):
 * it pulls the step's image from ECR and writes the job's logs to Batch's default log group.
 */
final class FargateExecutionRole {

    /** Log group that Batch jobs without a log configuration write to. */
    private static final String BATCH_JOB_LOG_GROUP = "/aws/batch/job";

    private FargateExecutionRole() {
    }

    /** Creates the role as {@code FargateExecutionRole} in {@code scope}. */
    static Role create(Construct scope) {
        Stack stack = Stack.of(scope);
        Role role = Role.Builder.create(scope, "FargateExecutionRole")
                .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com"))
                .description("Metaflow @batch steps on Fargate: pull images, write /aws/batch/job logs")
                .build();
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("ecr:GetAuthorizationToken"))
                .resources(List.of("*"))
                .build());
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"))
                .resources(List.of(stack.formatArn(ArnComponents.builder()
                        .service("ecr").resource("repository").resourceName("*").build())))
                .build());
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("logs:CreateLogStream", "logs:PutLogEvents"))
                .resources(List.of(stack.formatArn(ArnComponents.builder()
                        .service("logs").resource("log-group").resourceName(BATCH_JOB_LOG_GROUP + ":*")
                        .arnFormat(ArnFormat.COLON_RESOURCE_NAME).build())))
                .build());
        return role;
    }
}

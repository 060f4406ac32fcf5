package {{package}}.compute;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;
import software.amazon.awscdk.services.batch.IManagedComputeEnvironment;
import software.amazon.awscdk.services.batch.ManagedEc2EcsComputeEnvironment;
import software.amazon.awscdk.services.iam.Role;

/** The cdk-nag suppressions of {@link BatchCompute}, each limited to the findings it explains. */
final class BatchNagSuppressions {

    private BatchNagSuppressions() {
    }

    static void jobRoles(Role jobRole, Role fargateExecutionRole, boolean kmsEncryptedBucket) {
        NagSuppressions.addResourceSuppressions(jobRole, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("Steps read and write arbitrary keys under the Metaflow bucket; the wildcards are"
                        + " limited to object actions on that one bucket (grantReadWrite).")
                .appliesTo(List.of("Action::s3:Abort*", "Action::s3:DeleteObject*", "Action::s3:GetBucket*",
                        "Action::s3:GetObject*", "Action::s3:List*", regex("^Resource::<.+\\.Arn>/\\*$")))
                .build()), true);
        if (kmsEncryptedBucket) {
            NagSuppressions.addResourceSuppressions(jobRole, List.of(NagPackSuppression.builder()
                    .id("AwsSolutions-IAM5")
                    .reason("Reading and writing SSE-KMS objects needs data keys of the bucket's own key; the"
                            + " wildcards name variants of GenerateDataKey and ReEncrypt on that one key.")
                    .appliesTo(List.of("Action::kms:GenerateDataKey*", "Action::kms:ReEncrypt*"))
                    .build()), true);
        }
        if (fargateExecutionRole != null) {
            NagSuppressions.addResourceSuppressions(fargateExecutionRole, List.of(NagPackSuppression.builder()
                    .id("AwsSolutions-IAM5")
                    .reason("ecr:GetAuthorizationToken has no resource-level permissions; image pulls are limited"
                            + " to this account's repositories and log writes to streams of /aws/batch/job.")
                    .appliesTo(List.of("Resource::*", regex("^Resource::arn:.+:ecr:.+:repository/\\*$"),
                            regex("^Resource::arn:.+:logs:.+:log-group:/aws/batch/job:\\*$")))
                    .build()), true);
        }
    }

    static void computeEnvironment(IManagedComputeEnvironment computeEnvironment) {
        if (computeEnvironment instanceof ManagedEc2EcsComputeEnvironment) {
            NagSuppressions.addResourceSuppressions(computeEnvironment, List.of(NagPackSuppression.builder()
                    .id("AwsSolutions-IAM4")
                    .reason("The ECS container instance role of Batch EC2 hosts is the AWS-managed policy that"
                            + " AWS Batch documents and keeps current with the ECS agent.")
                    .appliesTo(List.of(regex("^Policy::arn:.+:iam::aws:policy/service-role/"
                            + "AmazonEC2ContainerServiceforEC2Role$")))
                    .build()), true);
        }
    }

    private static RegexAppliesTo regex(String pattern) {
        return RegexAppliesTo.builder().regex("/" + pattern + "/").build();
    }
}

package {{package}}.stepfunctions;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;

/** Why the wildcards left in Step Functions' IAM policies are the narrowest AWS allows. */
final class StepFunctionsNagSuppressions {

    private static final String PREFIXED = "Resources end in <prefix>_*: Metaflow creates one state machine (and"
            + " schedule rule) per deployed flow at `step-functions create`, named <prefix>_<FlowName>, so the"
            + " names are known only by this prefix.";
    private static final String SERVICE_WIDE = "batch:DescribeJobs, batch:DescribeJobDefinitions,"
            + " states:ListStateMachines and the CloudWatch Logs delivery actions support no resource-level"
            + " permissions; job definitions and jobs are registered by Metaflow at run time with generated names.";
    private static final String BUCKET = "Flows read and write arbitrary keys of the Metaflow datastore bucket,"
            + " and only of that bucket (grantReadWrite).";

    private StepFunctionsNagSuppressions() {
    }

    static void apply(StepFunctionsScheduling scheduling) {
        NagSuppressions.addResourceSuppressions(scheduling, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason(PREFIXED + " " + SERVICE_WIDE + " " + BUCKET)
                .appliesTo(List.of("Resource::*",
                        regex("^Resource::arn:[^:]+:states:[^:]+:[^:]+:(stateMachine|execution|mapRun):.+_\\*$"),
                        regex("^Resource::arn:[^:]+:events:[^:]+:[^:]+:rule/.+_\\*$"),
                        regex("^Resource::arn:[^:]+:batch:[^:]+:[^:]+:(job|job-definition)/\\*$"),
                        regex("^Resource::<.+\\.Arn>/\\*$"),
                        "Action::s3:Abort*", "Action::s3:DeleteObject*", "Action::s3:GetBucket*",
                        "Action::s3:GetObject*", "Action::s3:List*", "Action::kms:GenerateDataKey*",
                        "Action::kms:ReEncrypt*"))
                .build()), true);
    }

    private static RegexAppliesTo regex(String pattern) {
        return RegexAppliesTo.builder().regex("/" + pattern + "/").build();
    }
}

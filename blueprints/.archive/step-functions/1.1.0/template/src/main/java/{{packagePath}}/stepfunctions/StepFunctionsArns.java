package {{package}}.stepfunctions;

import java.util.List;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;

/**
 * The ARNs Metaflow's Step Functions resources live at, scoped to this deployment's state machine
 * prefix: Metaflow names state machines {@code <prefix>_<FlowName>}, and their schedule rules after
 * the state machine.
 */
record StepFunctionsArns(Stack stack, String prefix) {

    /** Writing execution history to CloudWatch Logs: AWS documents these actions with resource {@code *} only. */
    static final List<String> LOG_DELIVERY_ACTIONS = List.of("logs:CreateLogDelivery", "logs:GetLogDelivery",
            "logs:UpdateLogDelivery", "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
            "logs:DescribeResourcePolicies", "logs:DescribeLogGroups");

    String stateMachines() {
        return arn("states", "stateMachine", prefix + "_*", ArnFormat.COLON_RESOURCE_NAME);
    }

    /** Executions of those state machines, distributed map child executions included. */
    String executions() {
        return arn("states", "execution", prefix + "_*", ArnFormat.COLON_RESOURCE_NAME);
    }

    String mapRuns() {
        return arn("states", "mapRun", prefix + "_*", ArnFormat.COLON_RESOURCE_NAME);
    }

    String scheduleRules() {
        return rule(prefix + "_*");
    }

    String rule(String name) {
        return arn("events", "rule", name, ArnFormat.SLASH_RESOURCE_NAME);
    }

    /** Metaflow registers a job definition per step image and resources, with generated names. */
    String jobDefinitions() {
        return arn("batch", "job-definition", "*", ArnFormat.SLASH_RESOURCE_NAME);
    }

    String jobs() {
        return arn("batch", "job", "*", ArnFormat.SLASH_RESOURCE_NAME);
    }

    private String arn(String service, String resource, String name, ArnFormat format) {
        return stack.formatArn(ArnComponents.builder()
                .service(service).resource(resource).resourceName(name).arnFormat(format).build());
    }
}

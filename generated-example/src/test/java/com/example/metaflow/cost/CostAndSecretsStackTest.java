package com.example.metaflow.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.MetaflowStack;
import com.example.metaflow.MetaflowStackProps;
import com.example.metaflow.TestApps;
import com.example.metaflow.secrets.SecretsAccess;
import com.example.metaflow.secrets.SecretsOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * The secrets and cost options in a whole stack, on and off: what the job role may read, which
 * configuration keys Metaflow gets (metaflow/metaflow_config.py: DEFAULT_SECRETS_BACKEND_TYPE,
 * AWS_SECRETS_MANAGER_DEFAULT_REGION, BATCH_EMIT_TAGS, BATCH_DEFAULT_TAGS), where the tags land,
 * and the budget.
 */
class CostAndSecretsStackTest {

    private static final String SECRETS_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:metaflow/MetaflowStack/*";

    @Test
    void byDefaultSecretsAreOnAndJobsAreTaggedButThereIsNoBudget() {
        MetaflowStack stack = stack(MetaflowStackProps.builder().env(TestApps.ENV));
        Template template = Template.fromStack(stack);

        Map<String, String> config = stack.config().values();
        assertEquals(SecretsAccess.BACKEND_TYPE, config.get("METAFLOW_DEFAULT_SECRETS_BACKEND_TYPE"));
        assertEquals("us-east-1", config.get("METAFLOW_AWS_SECRETS_MANAGER_DEFAULT_REGION"));
        assertEquals("true", config.get("METAFLOW_BATCH_EMIT_TAGS"));
        assertFalse(config.containsKey("METAFLOW_BATCH_DEFAULT_TAGS"));
        String jobRole = stack.getLogicalId((CfnElement) stack.batch().jobRole().getNode().getDefaultChild());
        template.hasResourceProperties("AWS::IAM::Policy", Map.of("Roles", List.of(Map.of("Ref", jobRole)),
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Map.of("Effect", "Allow",
                        "Action", "secretsmanager:GetSecretValue", "Resource", SECRETS_ARN))))));
        template.hasOutput(SecretsAccess.PREFIX_OUTPUT, Map.of("Value", "metaflow/MetaflowStack/"));
        template.resourceCountIs("AWS::Budgets::Budget", 0);
    }

    @Test
    void withSecretsOffTheJobRoleReadsNoSecretAndMetaflowNamesNoBackend() {
        MetaflowStack stack = stack(MetaflowStackProps.builder().env(TestApps.ENV)
                .secrets(SecretsOptions.builder().enabled(false).build()));

        assertFalse(stack.config().values().containsKey("METAFLOW_DEFAULT_SECRETS_BACKEND_TYPE"));
        assertFalse(stack.config().values().containsKey("METAFLOW_AWS_SECRETS_MANAGER_DEFAULT_REGION"));
        assertFalse(Template.fromStack(stack).toJSON().toString().contains("secret:metaflow/"));
        assertFalse(Template.fromStack(stack).findOutputs(SecretsAccess.PREFIX_OUTPUT).containsKey(SecretsAccess.PREFIX_OUTPUT));
    }

    @Test
    void costTagsGoOnTheStackEveryResourceTheBatchInstancesAndTheJobs() {
        MetaflowStack stack = stack(MetaflowStackProps.builder().env(TestApps.ENV)
                .cost(CostOptions.builder().tags("team=ml", "env=prod").build()));
        Template template = Template.fromStack(stack);

        assertEquals(Map.of("team", "ml", "env", "prod"), stack.getTags().tagValues());
        assertEquals("{\"env\":\"prod\",\"team\":\"ml\"}", stack.config().values().get("METAFLOW_BATCH_DEFAULT_TAGS"));
        // The instances Batch launches get the compute environment's ComputeResources.Tags
        // (AWS::Batch::ComputeEnvironment ComputeResources), not the stack's tags.
        template.hasResourceProperties("AWS::Batch::ComputeEnvironment", Map.of("ComputeResources",
                Match.objectLike(Map.of("Tags", Map.of("team", "ml", "env", "prod")))));
        template.hasResourceProperties("AWS::S3::Bucket", Map.of("Tags", Match.arrayWith(List.of(
                Map.of("Key", "team", "Value", "ml")))));
        template.hasResourceProperties("AWS::IAM::Role", Map.of("Tags", Match.arrayWith(List.of(
                Map.of("Key", "env", "Value", "prod")))));
    }

    @Test
    void aMonthlyBudgetAlertsTheGivenAddressAndBatchTagsCanBeTurnedOff() {
        MetaflowStack stack = stack(MetaflowStackProps.builder().env(TestApps.ENV)
                .cost(CostOptions.builder().monthlyBudget(100).budgetEmail("ops@example.com").emitBatchTags(false).build()));
        Template template = Template.fromStack(stack);

        template.resourceCountIs("AWS::Budgets::Budget", 1);
        template.hasResourceProperties("AWS::Budgets::Budget", Map.of("Budget", Match.objectLike(Map.of(
                "BudgetLimit", Map.of("Amount", 100, "Unit", "USD"), "TimeUnit", "MONTHLY", "BudgetType", "COST"))));
        assertTrue(template.toJSON().toString().contains("ops@example.com"));
        assertFalse(stack.config().values().containsKey("METAFLOW_BATCH_EMIT_TAGS"));
    }

    private static MetaflowStack stack(MetaflowStackProps.Builder props) {
        return new MetaflowStack(TestApps.app(), "MetaflowStack", props.build());
    }
}

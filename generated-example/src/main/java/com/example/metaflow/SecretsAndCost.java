package com.example.metaflow;

import com.example.metaflow.compute.BatchCompute;
import com.example.metaflow.cost.CostOptions;
import com.example.metaflow.cost.MonthlyBudget;
import com.example.metaflow.secrets.SecretsAccess;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Tags;

/**
 * The stack's secrets and cost options at work: {@code @secrets} access for the job role, the cost
 * tags on every resource, the monthly budget, and the Metaflow configuration keys of both.
 *
 * @param secrets the job role's access to this deployment's secrets, empty when turned off
 * @param configValues METAFLOW_DEFAULT_SECRETS_BACKEND_TYPE, METAFLOW_AWS_SECRETS_MANAGER_DEFAULT_REGION,
 *        METAFLOW_BATCH_EMIT_TAGS and METAFLOW_BATCH_DEFAULT_TAGS, as far as they apply
 */
record SecretsAndCost(Optional<SecretsAccess> secrets, Map<String, String> configValues) {

    static SecretsAndCost create(Stack stack, MetaflowStackProps props, BatchCompute batch) {
        CostOptions cost = props.cost();
        // Stack tags (StackProps.tags) reach only what CloudFormation propagates them to; the Tags
        // aspect writes them into every taggable resource of the template, the compute
        // environments' ComputeResources.Tags (the EC2 instances Batch launches) included.
        cost.tags().forEach((key, value) -> Tags.of(stack).add(key, value));
        cost.monthlyBudget().ifPresent(amount ->
                new MonthlyBudget(stack, "MonthlyBudget", amount, cost.budgetEmail().orElseThrow()));
        Map<String, String> values = new TreeMap<>(cost.configValues());
        SecretsAccess secrets = props.secrets().enabled() ? new SecretsAccess(stack, "Secrets", batch.jobRole()) : null;
        if (secrets != null) {
            values.putAll(secrets.configValues());
        }
        return new SecretsAndCost(Optional.ofNullable(secrets), values);
    }
}

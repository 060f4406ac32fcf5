package com.example.metaflow.cost;

import com.example.metaflow.TestApps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/** AWS::Budgets::Budget as the CloudFormation resource reference defines it (BudgetData, NotificationWithSubscribers). */
class MonthlyBudgetTest {

    @Test
    void alertsByEmailAt80And100PercentOfActualAnd100PercentOfForecastCost() {
        Stack stack = TestApps.stack();

        new MonthlyBudget(stack, "Budget", 100, "ops@example.com");

        Template template = Template.fromStack(stack);
        template.resourceCountIs("AWS::Budgets::Budget", 1);
        Map<String, Object> subscriber = Map.of("SubscriptionType", "EMAIL", "Address", "ops@example.com");
        template.hasResourceProperties("AWS::Budgets::Budget", Map.of(
                "Budget", Map.of("BudgetName", "TestStack-us-east-1-monthly", "BudgetType", "COST",
                        "TimeUnit", "MONTHLY", "BudgetLimit", Map.of("Amount", 100, "Unit", "USD")),
                "NotificationsWithSubscribers", List.of(
                        notification("ACTUAL", 80, subscriber),
                        notification("ACTUAL", 100, subscriber),
                        notification("FORECASTED", 100, subscriber))));
    }

    private static Map<String, Object> notification(String type, int percent, Map<String, Object> subscriber) {
        return Map.of("Notification", Map.of("NotificationType", type, "ComparisonOperator", "GREATER_THAN",
                "Threshold", percent, "ThresholdType", "PERCENTAGE"), "Subscribers", List.of(subscriber));
    }
}

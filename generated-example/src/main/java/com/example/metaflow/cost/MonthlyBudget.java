package com.example.metaflow.cost;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.budgets.CfnBudget;
import software.constructs.Construct;

/**
 * An AWS Budgets monthly cost budget that e-mails when the month's actual cost passes 80% and 100%
 * of the amount, and when AWS forecasts that it will pass 100% (a forecast needs about five weeks of
 * usage history, so that alert is silent in a new account).
 *
 * <p>It watches the whole account, not this stack's tags: a budget filtered on a tag counts only
 * costs tagged after someone activated the tag as a cost allocation tag, which only the management
 * account of an organization can do; until then it would read $0 and never alert. The account's
 * first two budgets are free, each further one costs $0.02 a day (AWS Billing User Guide, "Managing
 * your costs with AWS Budgets").
 */
public final class MonthlyBudget extends Construct {

    /** Percentages of the budget at which an alert goes out, on actual cost. */
    public static final List<Integer> ACTUAL_THRESHOLDS = List.of(80, 100);
    /** Percentage of the budget the forecast is checked against. */
    public static final int FORECAST_THRESHOLD = 100;

    private final CfnBudget budget;

    public MonthlyBudget(Construct scope, String id, int amount, String email) {
        super(scope, id);
        Stack stack = Stack.of(this);
        List<CfnBudget.SubscriberProperty> subscribers = List.of(CfnBudget.SubscriberProperty.builder()
                .subscriptionType("EMAIL").address(email).build());
        List<CfnBudget.NotificationWithSubscribersProperty> notifications = new ArrayList<>();
        ACTUAL_THRESHOLDS.forEach(percent -> notifications.add(notification("ACTUAL", percent, subscribers)));
        notifications.add(notification("FORECASTED", FORECAST_THRESHOLD, subscribers));
        this.budget = CfnBudget.Builder.create(this, "Resource")
                .budget(CfnBudget.BudgetDataProperty.builder()
                        // Budget names are unique in the account; a stack name is unique in its region.
                        .budgetName(stack.getStackName() + "-" + stack.getRegion() + "-monthly")
                        .budgetType("COST")
                        .timeUnit("MONTHLY")
                        .budgetLimit(CfnBudget.SpendProperty.builder().amount(amount).unit("USD").build())
                        .build())
                .notificationsWithSubscribers(notifications)
                .build();
    }

    /** The budget resource. */
    public CfnBudget budget() {
        return budget;
    }

    private static CfnBudget.NotificationWithSubscribersProperty notification(String type, int percent,
            List<CfnBudget.SubscriberProperty> subscribers) {
        return CfnBudget.NotificationWithSubscribersProperty.builder()
                .notification(CfnBudget.NotificationProperty.builder()
                        .notificationType(type)
                        .comparisonOperator("GREATER_THAN")
                        .threshold(percent)
                        .thresholdType("PERCENTAGE")
                        .build())
                .subscribers(subscribers)
                .build();
    }
}

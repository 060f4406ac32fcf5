package com.example.metaflow;

import java.util.Objects;
import java.util.Optional;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * How the stack is operated: termination protection, alarms, metrics and log retention (tags are
 * {@link com.example.metaflow.cost.CostOptions#tags()}).
 *
 * @param terminationProtection whether the stack refuses deletion
 * @param alarms whether CloudWatch alarms and their SNS topic are created (needs the metadata service)
 * @param alarmEmail address subscribed to the alarm topic, if any
 * @param containerInsights whether the metadata cluster publishes Container Insights metrics
 * @param logRetention how long the metadata service's logs are kept
 */
public record OperationsOptions(boolean terminationProtection, boolean alarms,
        Optional<String> alarmEmail, boolean containerInsights, RetentionDays logRetention) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link OperationsOptions}. */
    public static final class Builder {
        private boolean terminationProtection;
        private boolean alarms;
        private String alarmEmail;
        private boolean containerInsights;
        private RetentionDays logRetention = RetentionDays.ONE_MONTH;

        /** Refuse {@code cdk destroy} until protection is turned off. @default false */
        public Builder terminationProtection(boolean terminationProtection) {
            this.terminationProtection = terminationProtection;
            return this;
        }

        /** Alarms on tasks, 5xx and the database, to an encrypted SNS topic. @default false */
        public Builder alarms(boolean alarms) {
            this.alarms = alarms;
            return this;
        }

        /** Email address subscribed to the alarm topic. @default none */
        public Builder alarmEmail(String alarmEmail) {
            this.alarmEmail = alarmEmail;
            return this;
        }

        /** Container Insights on the metadata cluster; the running-task alarm needs it. @default false */
        public Builder containerInsights(boolean containerInsights) {
            this.containerInsights = containerInsights;
            return this;
        }

        /** Retention of the metadata service's logs. @default one month */
        public Builder logRetention(RetentionDays logRetention) {
            this.logRetention = logRetention;
            return this;
        }

        public OperationsOptions build() {
            Objects.requireNonNull(logRetention, "logRetention is required");
            if (alarms && !containerInsights) {
                throw new IllegalArgumentException("alarms need containerInsights for the running-task alarm, got"
                        + " alarms=true, containerInsights=false. Turn containerInsights on as well.");
            }
            if (alarmEmail != null && !alarms) {
                throw new IllegalArgumentException("alarmEmail \"" + alarmEmail + "\" is set but alarms are off."
                        + " Turn alarms on or remove alarmEmail.");
            }
            return new OperationsOptions(terminationProtection, alarms, Optional.ofNullable(alarmEmail),
                    containerInsights, logRetention);
        }
    }
}

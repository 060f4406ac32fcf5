package {{package}}.stepfunctions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awscdk.services.batch.IJobQueue;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * Properties of {@link StepFunctionsScheduling}.
 *
 * @param bucket the Metaflow datastore bucket that state machines read and write
 * @param jobQueue the Batch queue state machines submit jobs to
 * @param additionalJobQueues further queues steps may name with {@code @batch(queue=...)}
 * @param jobRole the role Batch jobs run as; it gets read/write on the foreach table
 * @param passRoles roles the people deploying flows pass on to Batch job definitions
 * @param stateMachinePrefix the prefix of every state machine name; empty for the stack name
 * @param encryptionKey the KMS key of the bucket, when the bucket uses one
 * @param logRetention how long execution history logs are kept
 */
public record StepFunctionsSchedulingProps(IBucket bucket, IJobQueue jobQueue, List<IJobQueue> additionalJobQueues,
        IRole jobRole, List<IRole> passRoles,
        Optional<String> stateMachinePrefix, Optional<IKey> encryptionKey, RetentionDays logRetention) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link StepFunctionsSchedulingProps}. */
    public static final class Builder {
        private IBucket bucket;
        private IJobQueue jobQueue;
        private List<IJobQueue> additionalJobQueues = List.of();
        private IRole jobRole;
        private List<IRole> passRoles = List.of();
        private String stateMachinePrefix;
        private IKey encryptionKey;
        private RetentionDays logRetention = RetentionDays.ONE_MONTH;

        /** The Metaflow datastore bucket. Required. */
        public Builder bucket(IBucket bucket) {
            this.bucket = bucket;
            return this;
        }

        /** The Batch queue state machines submit jobs to. Required. */
        public Builder jobQueue(IJobQueue jobQueue) {
            this.jobQueue = jobQueue;
            return this;
        }

        /** Further queues steps may choose with {@code @batch(queue=...)}. @default none */
        public Builder additionalJobQueues(List<IJobQueue> additionalJobQueues) {
            this.additionalJobQueues = List.copyOf(additionalJobQueues);
            return this;
        }

        /** The role Batch jobs run as (METAFLOW_ECS_S3_ACCESS_IAM_ROLE). Required. */
        public Builder jobRole(IRole jobRole) {
            this.jobRole = jobRole;
            return this;
        }

        /** Further roles job definitions reference, e.g. the Fargate execution role. @default none */
        public Builder passRoles(List<IRole> passRoles) {
            this.passRoles = List.copyOf(passRoles);
            return this;
        }

        /**
         * Prefix of state machine names: Metaflow names them {@code <prefix>_<FlowName>} and every
         * permission here is scoped to that prefix. @default the stack name
         */
        public Builder stateMachinePrefix(String stateMachinePrefix) {
            this.stateMachinePrefix = stateMachinePrefix;
            return this;
        }

        /** The KMS key of the datastore bucket, for distributed map results. @default none (SSE-S3) */
        public Builder encryptionKey(IKey encryptionKey) {
            this.encryptionKey = encryptionKey;
            return this;
        }

        /** Retention of the execution history log group. @default one month */
        public Builder logRetention(RetentionDays logRetention) {
            this.logRetention = logRetention;
            return this;
        }

        public StepFunctionsSchedulingProps build() {
            Objects.requireNonNull(bucket, "bucket is required");
            Objects.requireNonNull(jobQueue, "jobQueue is required");
            Objects.requireNonNull(jobRole, "jobRole is required");
            Objects.requireNonNull(logRetention, "logRetention is required");
            if (stateMachinePrefix != null && !stateMachinePrefix.matches("[A-Za-z0-9-]{1,40}")) {
                throw new IllegalArgumentException("stateMachinePrefix must be 1-40 letters, digits or dashes (state machine"
                        + " names are limited to 80 characters), got '" + stateMachinePrefix + "'.");
            }
            return new StepFunctionsSchedulingProps(bucket, jobQueue, additionalJobQueues, jobRole, passRoles,
                    Optional.ofNullable(stateMachinePrefix), Optional.ofNullable(encryptionKey), logRetention);
        }
    }
}

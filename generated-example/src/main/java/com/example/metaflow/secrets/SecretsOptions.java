package com.example.metaflow.secrets;

/**
 * Metaflow's {@code @secrets} decorator with AWS Secrets Manager: whether the Batch job role may read
 * the secrets of this deployment ({@link SecretsAccess}).
 *
 * <p>On by default: it costs nothing until a secret exists (Secrets Manager charges $0.40 per secret
 * and month, plus $0.05 per 10,000 API calls), and it reaches only secrets named
 * {@code metaflow/<stack>/...}, which only {@code just secret-put} or someone with Secrets Manager
 * rights creates.
 *
 * @param enabled whether the stack configures {@code @secrets} and lets the job role read its secrets
 */
public record SecretsOptions(boolean enabled) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link SecretsOptions}. */
    public static final class Builder {
        private boolean enabled = true;

        /**
         * Configure {@code @secrets} ({@code METAFLOW_DEFAULT_SECRETS_BACKEND_TYPE}) and grant the job
         * role {@code secretsmanager:GetSecretValue} on {@code metaflow/<stack>/*}.
         *
         * @default true
         */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        public SecretsOptions build() {
            return new SecretsOptions(enabled);
        }
    }
}

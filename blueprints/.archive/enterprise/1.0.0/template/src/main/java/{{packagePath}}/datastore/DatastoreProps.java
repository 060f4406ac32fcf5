package {{package}}.datastore;

import java.util.Objects;
import software.amazon.awscdk.Duration;

/**
 * Properties of {@link Datastore}.
 *
 * @param retain keep the bucket and its objects when the stack is deleted
 * @param encryption how objects are encrypted at rest
 * @param versioned whether the bucket keeps previous versions of overwritten and deleted objects
 * @param noncurrentVersionExpiration how long previous versions are kept, when versioned
 * @param serverAccessLogs whether requests are logged to a separate log bucket
 */
public record DatastoreProps(boolean retain, DatastoreEncryption encryption, boolean versioned,
        Duration noncurrentVersionExpiration, boolean serverAccessLogs) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link DatastoreProps}. */
    public static final class Builder {
        private boolean retain = true;
        private DatastoreEncryption encryption = DatastoreEncryption.S3_MANAGED;
        private boolean versioned;
        private Duration noncurrentVersionExpiration = Duration.days(90);
        private boolean serverAccessLogs;

        /**
         * Keep the bucket and its objects when the stack is deleted or the bucket is replaced.
         * When false the bucket is emptied and deleted with the stack.
         *
         * @default true
         */
        public Builder retain(boolean retain) {
            this.retain = retain;
            return this;
        }

        /** How objects are encrypted at rest. @default {@link DatastoreEncryption#S3_MANAGED} */
        public Builder encryption(DatastoreEncryption encryption) {
            this.encryption = encryption;
            return this;
        }

        /** Keep previous versions of overwritten or deleted objects, to recover from mistakes. @default false */
        public Builder versioned(boolean versioned) {
            this.versioned = versioned;
            return this;
        }

        /** How long a previous version is kept before S3 deletes it; only when versioned. @default 90 days */
        public Builder noncurrentVersionExpiration(Duration noncurrentVersionExpiration) {
            this.noncurrentVersionExpiration = noncurrentVersionExpiration;
            return this;
        }

        /** Log every request to a separate bucket (SSE-S3, TLS only, logs expire after a year). @default false */
        public Builder serverAccessLogs(boolean serverAccessLogs) {
            this.serverAccessLogs = serverAccessLogs;
            return this;
        }

        public DatastoreProps build() {
            Objects.requireNonNull(encryption, "encryption is required");
            Objects.requireNonNull(noncurrentVersionExpiration, "noncurrentVersionExpiration is required");
            long seconds = noncurrentVersionExpiration.toSeconds().longValue();
            if (seconds < 86_400 || seconds % 86_400 != 0) {
                throw new IllegalArgumentException("noncurrentVersionExpiration must be whole days, at least 1, got "
                        + noncurrentVersionExpiration.toHumanString() + ". S3 lifecycle rules count whole days.");
            }
            return new DatastoreProps(retain, encryption, versioned, noncurrentVersionExpiration, serverAccessLogs);
        }
    }
}

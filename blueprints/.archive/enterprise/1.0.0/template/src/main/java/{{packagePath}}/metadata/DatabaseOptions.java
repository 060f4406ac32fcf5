package {{package}}.metadata;

import java.util.Objects;
import java.util.regex.Pattern;
import software.amazon.awscdk.Duration;

/**
 * Availability and protection choices of the metadata database; the PostgreSQL major version is
 * {@link MetadataServiceProps#postgresMajorVersion()}.
 *
 * @param engine RDS for PostgreSQL or Aurora PostgreSQL
 * @param instanceType instance class without the {@code db.} prefix
 * @param multiAz whether a standby (RDS) or reader (Aurora) runs in a second zone
 * @param deletionProtection whether CloudFormation and the console refuse to delete it
 * @param backupRetention how long automated backups are kept
 * @param customerManagedKey whether storage is encrypted with a key created in the stack
 */
public record DatabaseOptions(DatabaseEngine engine, String instanceType, boolean multiAz, boolean deletionProtection,
        Duration backupRetention, boolean customerManagedKey) {

    private static final Pattern INSTANCE_TYPE = Pattern.compile("[a-z][a-z0-9]*\\.[a-z0-9]+");

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link DatabaseOptions}. */
    public static final class Builder {
        private DatabaseEngine engine = DatabaseEngine.POSTGRES;
        private String instanceType;
        private boolean multiAz;
        private boolean deletionProtection;
        private Duration backupRetention = Duration.days(7);
        private boolean customerManagedKey;

        /** The engine. @default {@link DatabaseEngine#POSTGRES} */
        public Builder engine(DatabaseEngine engine) {
            this.engine = engine;
            return this;
        }

        /** Instance class without {@code db.}, e.g. "t4g.small". @default "t4g.micro"; "t4g.medium" for Aurora */
        public Builder instanceType(String instanceType) {
            this.instanceType = instanceType;
            return this;
        }

        /** Run a standby (RDS) or reader (Aurora) in a second zone; doubles the instance cost. @default false */
        public Builder multiAz(boolean multiAz) {
            this.multiAz = multiAz;
            return this;
        }

        /** Refuse deletion until it is turned off again; {@code cdk destroy} then fails on it. @default false */
        public Builder deletionProtection(boolean deletionProtection) {
            this.deletionProtection = deletionProtection;
            return this;
        }

        /** Automated backup retention, 7 to 35 days. @default 7 days */
        public Builder backupRetention(Duration backupRetention) {
            this.backupRetention = backupRetention;
            return this;
        }

        /** Encrypt storage, snapshots and backups with a rotated key of the stack instead of aws/rds. @default false */
        public Builder customerManagedKey(boolean customerManagedKey) {
            this.customerManagedKey = customerManagedKey;
            return this;
        }

        public DatabaseOptions build() {
            Objects.requireNonNull(engine, "engine is required");
            Objects.requireNonNull(backupRetention, "backupRetention is required");
            String type = instanceType != null ? instanceType
                    : engine == DatabaseEngine.AURORA_POSTGRES ? "t4g.medium" : "t4g.micro";
            if (!INSTANCE_TYPE.matcher(type).matches()) {
                throw new IllegalArgumentException("database instanceType must be an instance class without the"
                        + " \"db.\" prefix, got \"" + type + "\". Use e.g. \"t4g.small\" or \"r7g.large\".");
            }
            if (engine == DatabaseEngine.AURORA_POSTGRES && type.matches("t\\d+g?\\.(micro|small)")) {
                throw new IllegalArgumentException("Aurora PostgreSQL does not offer db." + type + ". Use"
                        + " \"t4g.medium\" or larger, or engine POSTGRES for a smaller instance.");
            }
            int days = backupRetention.toDays().intValue();
            if (days < 7 || days > 35) {
                throw new IllegalArgumentException("backupRetention must be 7 to 35 days, got "
                        + backupRetention.toHumanString() + ". RDS keeps at most 35 days of automated backups.");
            }
            return new DatabaseOptions(engine, type, multiAz, deletionProtection, backupRetention, customerManagedKey);
        }
    }
}

package com.example.metaflow.metadata;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The metadata service as the stack's props choose it: whether it runs, its image, its database
 * and how many tasks serve it.
 *
 * @param enabled whether the metadata service runs; false keeps metadata locally ({@code METAFLOW_DEFAULT_METADATA=local})
 * @param imageTag tag of {@code netflixoss/metaflow_metadata_service}
 * @param postgresMajorVersion RDS PostgreSQL major version
 * @param database engine, size, availability and protection of the metadata database
 * @param tasks tasks of the metadata service normally running
 * @param maxTasks most tasks CPU autoscaling may run
 * @param internalLoadBalancer whether an internal ALB gives Batch tasks a private service URL
 * @param capacity on-demand Fargate or Fargate Spot for the service's tasks
 * @param restopWhileAsleep whether the stack stops the database again when RDS restarts it after 7 days asleep
 */
public record MetadataOptions(boolean enabled, String imageTag, String postgresMajorVersion, DatabaseOptions database,
        int tasks, int maxTasks, boolean internalLoadBalancer, ServiceCapacity capacity, boolean restopWhileAsleep) {

    /** Default release of the metadata service image. */
    public static final String DEFAULT_IMAGE_TAG = "v2.5.1";
    /** Default PostgreSQL major version. */
    public static final String DEFAULT_POSTGRES_MAJOR_VERSION = "16";

    /** Oldest major still in RDS standard support: older ones bill Extended Support per vCPU-hour. */
    static final int OLDEST_POSTGRES_MAJOR = 14;

    private static final Pattern DOCKER_TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern MAJOR_VERSION = Pattern.compile("[1-9][0-9]?");

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link MetadataOptions}. */
    public static final class Builder {
        private boolean enabled = true;
        private String imageTag = DEFAULT_IMAGE_TAG;
        private String postgresMajorVersion = DEFAULT_POSTGRES_MAJOR_VERSION;
        private DatabaseOptions database = DatabaseOptions.builder().build();
        private int tasks = 1;
        private Integer maxTasks;
        private boolean internalLoadBalancer;
        private ServiceCapacity capacity = ServiceCapacity.FARGATE;
        private boolean restopWhileAsleep = true;

        /** Run the metadata service (RDS, Fargate, HTTP API); false keeps metadata locally. @default true */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Release of {@code netflixoss/metaflow_metadata_service}; v2.5.0 or later passes the SSL
         * mode to the schema migration that PostgreSQL 15+ needs.
         *
         * @default "v2.5.1"
         */
        public Builder imageTag(String imageTag) {
            this.imageTag = imageTag;
            return this;
        }

        /** RDS PostgreSQL major version, never a minor one; RDS picks and patches the minor. @default "16" */
        public Builder postgresMajorVersion(String postgresMajorVersion) {
            this.postgresMajorVersion = postgresMajorVersion;
            return this;
        }

        /** The metadata database. @default single-AZ RDS PostgreSQL db.t4g.micro, no deletion protection */
        public Builder database(DatabaseOptions database) {
            this.database = database;
            return this;
        }

        /** Metadata service tasks normally running; 2 or more spread over zones. @default 1 */
        public Builder tasks(int tasks) {
            this.tasks = tasks;
            return this;
        }

        /** Most metadata service tasks; above {@code tasks} it scales on CPU. @default tasks: no autoscaling */
        public Builder maxTasks(int maxTasks) {
            this.maxTasks = maxTasks;
            return this;
        }

        /**
         * An internal ALB as {@code METAFLOW_SERVICE_INTERNAL_URL}, plus the schema upgrade function;
         * needs a network with private subnets.
         *
         * @default false: Batch tasks use the HTTP API
         */
        public Builder internalLoadBalancer(boolean internalLoadBalancer) {
            this.internalLoadBalancer = internalLoadBalancer;
            return this;
        }

        /**
         * Fargate Spot for the tasks, up to 70% cheaper, interrupted with two minutes' warning; a single
         * task leaves the API without a target until its replacement runs ({@link ServiceCapacity}).
         *
         * @default {@link ServiceCapacity#FARGATE}: on-demand, never interrupted
         */
        public Builder capacity(ServiceCapacity capacity) {
            this.capacity = capacity;
            return this;
        }

        /**
         * Keep a deployment put to sleep with {@code just sleep} asleep: RDS starts a database stopped
         * for seven days by itself, and {@link DatabaseRestop} stops it again while the service is at 0
         * tasks. On by default, because otherwise the sleeping stack quietly bills the database from
         * day 7 on, while the rule and the function cost nothing and never touch an awake deployment.
         *
         * @default true
         */
        public Builder restopWhileAsleep(boolean restopWhileAsleep) {
            this.restopWhileAsleep = restopWhileAsleep;
            return this;
        }

        public MetadataOptions build() {
            Objects.requireNonNull(database, "database is required");
            Objects.requireNonNull(capacity, "capacity is required");
            int max = maxTasks == null ? tasks : maxTasks;
            if (tasks < 1 || max < tasks) {
                throw new IllegalArgumentException("metadata service task counts must satisfy 1 <= tasks <= maxTasks,"
                        + " got tasks=" + tasks + ", maxTasks=" + max + ". Use e.g. 2 and 4.");
            }
            checkImageTag(imageTag);
            checkPostgresMajorVersion(postgresMajorVersion);
            if (!enabled && internalLoadBalancer) {
                throw new IllegalArgumentException("internalLoadBalancer needs the metadata service, got"
                        + " enabled=false with internalLoadBalancer=true. Turn the service on or internalLoadBalancer off.");
            }
            return new MetadataOptions(enabled, imageTag, postgresMajorVersion, database, tasks, max,
                    internalLoadBalancer, capacity, restopWhileAsleep);
        }
    }

    /** Throws unless {@code imageTag} is a pinned Docker tag ("latest" would change without a deployment). */
    static void checkImageTag(String imageTag) {
        if (imageTag == null || !DOCKER_TAG.matcher(imageTag).matches() || imageTag.equals("latest")) {
            throw new IllegalArgumentException("imageTag must be a pinned Docker tag of"
                    + " netflixoss/metaflow_metadata_service, got \"" + imageTag + "\". Use a release such"
                    + " as \"v2.5.1\"; \"latest\" would change the service without a deployment.");
        }
    }

    /** Throws unless {@code version} is a PostgreSQL major version still in RDS standard support. */
    static void checkPostgresMajorVersion(String version) {
        if (version == null || !MAJOR_VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("postgresMajorVersion must be a major version only, got \""
                    + version + "\". Use e.g. \"16\": pinned minor versions are retired by"
                    + " RDS and then fail fresh deployments.");
        }
        if (Integer.parseInt(version) < OLDEST_POSTGRES_MAJOR) {
            throw new IllegalArgumentException("postgresMajorVersion " + version + " is past RDS"
                    + " standard support and is billed for Extended Support. Use " + OLDEST_POSTGRES_MAJOR
                    + " or later, e.g. \"16\".");
        }
    }
}

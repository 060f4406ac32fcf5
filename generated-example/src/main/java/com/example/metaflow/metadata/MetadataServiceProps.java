package com.example.metaflow.metadata;

import com.example.metaflow.images.ContainerImages;
import com.example.metaflow.network.MetaflowNetwork;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * Properties of {@link MetadataService}.
 *
 * @param network where the service and its database run
 * @param imageTag tag of {@code netflixoss/metaflow_metadata_service}
 * @param postgresMajorVersion RDS PostgreSQL major version
 * @param retainData keep a final snapshot of the database when it is deleted
 * @param database engine, size, availability and protection of the database
 * @param desiredCount number of tasks normally running
 * @param maxCount most tasks CPU autoscaling may run
 * @param containerInsights whether the cluster publishes Container Insights metrics
 * @param logRetention how long the service's logs are kept
 * @param images the stack's pull-through cache, absent to pull the image from Docker Hub
 * @param capacity on-demand Fargate or Fargate Spot
 */
public record MetadataServiceProps(MetaflowNetwork network, String imageTag, String postgresMajorVersion,
        boolean retainData, DatabaseOptions database, int desiredCount, int maxCount, boolean containerInsights,
        RetentionDays logRetention, Optional<ContainerImages> images,
        ServiceCapacity capacity) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link MetadataServiceProps}. */
    public static final class Builder {
        private MetaflowNetwork network;
        private String imageTag = MetadataOptions.DEFAULT_IMAGE_TAG;
        private String postgresMajorVersion = MetadataOptions.DEFAULT_POSTGRES_MAJOR_VERSION;
        private boolean retainData = true;
        private DatabaseOptions database = DatabaseOptions.builder().build();
        private int desiredCount = 1;
        private Integer maxCount;
        private boolean containerInsights;
        private RetentionDays logRetention = RetentionDays.ONE_MONTH;
        private ContainerImages images;
        private ServiceCapacity capacity = ServiceCapacity.FARGATE;

        /** Where the service and its database run. Required. */
        public Builder network(MetaflowNetwork network) {
            this.network = network;
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

        /** PostgreSQL major version; RDS picks and patches the minor version. @default "16" */
        public Builder postgresMajorVersion(String postgresMajorVersion) {
            this.postgresMajorVersion = postgresMajorVersion;
            return this;
        }

        /**
         * Take a final snapshot when the database is deleted or replaced; otherwise it is
         * deleted with the stack.
         *
         * @default true
         */
        public Builder retainData(boolean retainData) {
            this.retainData = retainData;
            return this;
        }

        /** Engine, size, availability and protection of the database. @default {@link DatabaseOptions} defaults */
        public Builder database(DatabaseOptions database) {
            this.database = database;
            return this;
        }

        /** Tasks normally running; 2 or more spread over zones for availability. @default 1 */
        public Builder desiredCount(int desiredCount) {
            this.desiredCount = desiredCount;
            return this;
        }

        /**
         * Most tasks; above {@code desiredCount} the service scales on CPU (target 60%) between
         * the two.
         *
         * @default desiredCount: no autoscaling
         */
        public Builder maxCount(int maxCount) {
            this.maxCount = maxCount;
            return this;
        }

        /** Publish per-task CPU, memory and running-task metrics (billed as custom metrics). @default false */
        public Builder containerInsights(boolean containerInsights) {
            this.containerInsights = containerInsights;
            return this;
        }

        /** How long the service's CloudWatch logs are kept. @default one month */
        public Builder logRetention(RetentionDays logRetention) {
            this.logRetention = logRetention;
            return this;
        }

        /**
         * Pull the image as {@code outerbounds/metaflow_metadata_service} through this cache of
         * ECR Public rather than from Docker Hub.
         *
         * @default none: {@code netflixoss/metaflow_metadata_service} from Docker Hub
         */
        public Builder images(ContainerImages images) {
            this.images = images;
            return this;
        }

        /**
         * Run the tasks on Fargate Spot, about 70% cheaper, and interrupted with a two-minute warning
         * (see {@link ServiceCapacity#FARGATE_SPOT}).
         *
         * @default {@link ServiceCapacity#FARGATE}: on-demand, never interrupted
         */
        public Builder capacity(ServiceCapacity capacity) {
            this.capacity = capacity;
            return this;
        }

        public MetadataServiceProps build() {
            Objects.requireNonNull(network, "network is required");
            Objects.requireNonNull(database, "database is required");
            Objects.requireNonNull(logRetention, "logRetention is required");
            Objects.requireNonNull(capacity, "capacity is required");
            int max = maxCount == null ? desiredCount : maxCount;
            if (desiredCount < 1 || max < desiredCount) {
                throw new IllegalArgumentException("metadata service task counts must satisfy 1 <= desiredCount <="
                        + " maxCount, got desiredCount=" + desiredCount + ", maxCount=" + max + ". Use e.g. 2 and 4.");
            }
            MetadataOptions.checkImageTag(imageTag);
            MetadataOptions.checkPostgresMajorVersion(postgresMajorVersion);
            return new MetadataServiceProps(network, imageTag, postgresMajorVersion, retainData, database,
                    desiredCount, max, containerInsights, logRetention, Optional.ofNullable(images), capacity);
        }
    }
}

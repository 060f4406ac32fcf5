package com.example.metaflow.metadata;

import com.example.metaflow.network.MetaflowNetwork;
import java.util.Objects;
import software.amazon.awscdk.Duration;

/**
 * Properties of {@link MetadataApi}.
 *
 * @param network where the VPC link's network interfaces are placed
 * @param service the metadata service the API forwards to
 * @param authorizationCacheTtl how long API Gateway caches the authorizer's answer per key
 * @param concurrentTasks the most Metaflow tasks that run at once, which sizes the throttle
 */
public record MetadataApiProps(MetaflowNetwork network, MetadataService service, Duration authorizationCacheTtl,
        int concurrentTasks) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link MetadataApiProps}. */
    public static final class Builder {
        private MetaflowNetwork network;
        private MetadataService service;
        private Duration authorizationCacheTtl = Duration.minutes(5);
        private int concurrentTasks = 64;

        /** Where the VPC link's network interfaces are placed. Required. */
        public Builder network(MetaflowNetwork network) {
            this.network = network;
            return this;
        }

        /** The metadata service to expose. Required. */
        public Builder service(MetadataService service) {
            this.service = service;
            return this;
        }

        /**
         * How long API Gateway caches the authorizer's decision for one {@code x-api-key} value;
         * 0 calls the authorizer on every request. At most one hour.
         *
         * @default 5 minutes
         */
        public Builder authorizationCacheTtl(Duration authorizationCacheTtl) {
            this.authorizationCacheTtl = authorizationCacheTtl;
            return this;
        }

        /**
         * The most Metaflow tasks that run at once (the Batch queues' vCPUs, or four per vCPU on
         * Fargate, whose smallest task has 0.25 vCPU); see {@link ApiThrottle}.
         *
         * @default 64
         */
        public Builder concurrentTasks(int concurrentTasks) {
            this.concurrentTasks = concurrentTasks;
            return this;
        }

        public MetadataApiProps build() {
            Objects.requireNonNull(network, "network is required");
            Objects.requireNonNull(service, "service is required");
            double seconds = authorizationCacheTtl.toSeconds().doubleValue();
            if (seconds < 0 || seconds > 3600) {
                throw new IllegalArgumentException("authorizationCacheTtl must be between 0 and 3600 seconds, got "
                        + authorizationCacheTtl.toHumanString() + ". API Gateway caches authorizer results for"
                        + " at most one hour.");
            }
            ApiThrottle.forConcurrentTasks(concurrentTasks);
            return new MetadataApiProps(network, service, authorizationCacheTtl, concurrentTasks);
        }
    }
}

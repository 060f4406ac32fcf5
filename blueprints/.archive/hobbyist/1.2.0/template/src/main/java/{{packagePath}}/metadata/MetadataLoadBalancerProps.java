package {{package}}.metadata;

import {{package}}.network.MetaflowNetwork;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * Properties of {@link MetadataLoadBalancer}.
 *
 * @param network where the load balancer is placed; its subnets must be private
 * @param service the metadata service it forwards to
 * @param accessLogs bucket for the load balancer's access logs, if any
 */
public record MetadataLoadBalancerProps(MetaflowNetwork network, MetadataService service,
        Optional<IBucket> accessLogs) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link MetadataLoadBalancerProps}. */
    public static final class Builder {
        private MetaflowNetwork network;
        private MetadataService service;
        private IBucket accessLogs;

        /** Where the load balancer is placed (the service subnets). Required. */
        public Builder network(MetaflowNetwork network) {
            this.network = network;
            return this;
        }

        /** The metadata service. Required. */
        public Builder service(MetadataService service) {
            this.service = service;
            return this;
        }

        /** SSE-S3 bucket for access logs, under prefix {@code metadata-alb/}. @default no access logs */
        public Builder accessLogs(IBucket accessLogs) {
            this.accessLogs = accessLogs;
            return this;
        }

        public MetadataLoadBalancerProps build() {
            Objects.requireNonNull(network, "network is required");
            Objects.requireNonNull(service, "service is required");
            if (network.assignPublicIp()) {
                throw new IllegalArgumentException("the internal metadata load balancer needs private subnets, got a"
                        + " network whose tasks need public IPs (" + network.getClass().getSimpleName() + ")."
                        + " Use NewVpcNetwork or ExistingVpcNetwork, or reach Batch tasks through the HTTP API.");
            }
            return new MetadataLoadBalancerProps(network, service, Optional.ofNullable(accessLogs));
        }
    }
}

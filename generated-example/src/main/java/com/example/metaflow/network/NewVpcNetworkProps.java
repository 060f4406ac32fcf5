package com.example.metaflow.network;

import java.util.regex.Pattern;

/**
 * Properties of {@link NewVpcNetwork}.
 *
 * @param cidr IPv4 range of the VPC
 * @param maxAzs number of Availability Zones the VPC spans
 * @param natGateways number of NAT gateways
 * @param interfaceEndpoints whether to create interface endpoints for ECR, CloudWatch Logs and Secrets Manager
 */
public record NewVpcNetworkProps(String cidr, int maxAzs, int natGateways, boolean interfaceEndpoints) {

    private static final Pattern CIDR = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}/1[6-8]");

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link NewVpcNetworkProps}. */
    public static final class Builder {
        private String cidr = "10.0.0.0/16";
        private int maxAzs = 2;
        private int natGateways = 1;
        private boolean interfaceEndpoints = true;

        /**
         * IPv4 range of the VPC, /16 to /18; choose one that does not overlap peered networks.
         *
         * @default "10.0.0.0/16"
         */
        public Builder cidr(String cidr) {
            this.cidr = cidr;
            return this;
        }

        /** Availability Zones to span, 2 or 3; every tier gets one subnet per zone. @default 2 */
        public Builder maxAzs(int maxAzs) {
            this.maxAzs = maxAzs;
            return this;
        }

        /**
         * NAT gateways: 1 is cheapest (private subnets of every zone route through it), one per
         * zone ({@code maxAzs}) survives the loss of a zone.
         *
         * @default 1
         */
        public Builder natGateways(int natGateways) {
            this.natGateways = natGateways;
            return this;
        }

        /**
         * Interface endpoints for ECR (api, dkr), CloudWatch Logs and Secrets Manager, so image pulls,
         * logs and secrets bypass the NAT gateway. An S3 gateway endpoint (free, always created)
         * carries the image layers. Pulls stay off the NAT only for images in this account's
         * registry, i.e. through the stack's pull-through cache (Docker Hub has no endpoint), and
         * the first pull of each image still needs the NAT ("Amazon ECR interface VPC endpoints",
         * considerations).
         *
         * @default true
         */
        public Builder interfaceEndpoints(boolean interfaceEndpoints) {
            this.interfaceEndpoints = interfaceEndpoints;
            return this;
        }

        public NewVpcNetworkProps build() {
            if (cidr == null || !CIDR.matcher(cidr).matches()) {
                throw new IllegalArgumentException("cidr must be an IPv4 range from /16 to /18, got \"" + cidr
                        + "\". Use e.g. \"10.0.0.0/16\", one that does not overlap networks you peer with.");
            }
            if (maxAzs < 2 || maxAzs > 3) {
                throw new IllegalArgumentException("maxAzs must be 2 or 3, got " + maxAzs + ". Multi-AZ RDS and"
                        + " the service's load balancer need at least two zones.");
            }
            if (natGateways < 1 || natGateways > maxAzs) {
                throw new IllegalArgumentException("natGateways must be between 1 and maxAzs (" + maxAzs + "), got "
                        + natGateways + ". Use 1 to save cost or " + maxAzs + " for one per zone.");
            }
            return new NewVpcNetworkProps(cidr, maxAzs, natGateways, interfaceEndpoints);
        }
    }
}

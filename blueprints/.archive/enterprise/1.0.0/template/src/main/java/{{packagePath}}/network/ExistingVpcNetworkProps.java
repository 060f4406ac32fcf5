package {{package}}.network;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Properties of {@link ExistingVpcNetwork}.
 *
 * @param vpcId the VPC to deploy into
 * @param privateSubnetIds subnets with a route to the internet through NAT, for Batch and the service
 * @param databaseSubnetIds subnets of the database
 */
public record ExistingVpcNetworkProps(String vpcId, List<String> privateSubnetIds, List<String> databaseSubnetIds) {

    private static final Pattern VPC_ID = Pattern.compile("vpc-[0-9a-f]{8}([0-9a-f]{9})?");
    private static final Pattern SUBNET_ID = Pattern.compile("subnet-[0-9a-f]{8}([0-9a-f]{9})?");

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ExistingVpcNetworkProps}. */
    public static final class Builder {
        private String vpcId;
        private List<String> privateSubnetIds;
        private List<String> databaseSubnetIds;

        /** ID of the VPC, looked up at synthesis and cached in {@code cdk.context.json}. Required. */
        public Builder vpcId(String vpcId) {
            this.vpcId = vpcId;
            return this;
        }

        /**
         * Private subnets in at least two Availability Zones whose route tables reach the internet
         * (NAT gateway, transit gateway or proxy) or have VPC endpoints for ECR, S3, Logs and
         * Secrets Manager: Batch instances and service tasks get no public IP. Required.
         */
        public Builder privateSubnetIds(List<String> privateSubnetIds) {
            this.privateSubnetIds = List.copyOf(privateSubnetIds);
            return this;
        }

        /** Subnets of the database, in at least two zones. @default the private subnets */
        public Builder databaseSubnetIds(List<String> databaseSubnetIds) {
            this.databaseSubnetIds = List.copyOf(databaseSubnetIds);
            return this;
        }

        public ExistingVpcNetworkProps build() {
            if (vpcId == null || !VPC_ID.matcher(vpcId).matches()) {
                throw new IllegalArgumentException("vpcId must be a VPC ID like \"vpc-0123456789abcdef0\", got \""
                        + vpcId + "\". Find it with `aws ec2 describe-vpcs`.");
            }
            List<String> database = databaseSubnetIds == null ? privateSubnetIds : databaseSubnetIds;
            checkSubnets("privateSubnetIds", privateSubnetIds);
            checkSubnets("databaseSubnetIds", database);
            return new ExistingVpcNetworkProps(vpcId, privateSubnetIds, database);
        }

        private static void checkSubnets(String name, List<String> subnetIds) {
            if (subnetIds == null || subnetIds.size() < 2) {
                throw new IllegalArgumentException(name + " must list at least two subnets in different"
                        + " Availability Zones, got " + subnetIds + ". RDS subnet groups and a highly available"
                        + " service need two zones.");
            }
            subnetIds.stream().filter(id -> !SUBNET_ID.matcher(id).matches()).findFirst().ifPresent(id -> {
                throw new IllegalArgumentException(name + " contains \"" + id + "\", which is not a subnet ID."
                        + " Use IDs like \"subnet-0123456789abcdef0\" (`aws ec2 describe-subnets`).");
            });
        }
    }
}

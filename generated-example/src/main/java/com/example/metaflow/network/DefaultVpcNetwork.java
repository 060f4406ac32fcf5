package com.example.metaflow.network;

import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcLookupOptions;
import software.constructs.Construct;

/**
 * The account's default VPC: public subnets in every Availability Zone, an internet gateway and
 * no NAT gateway, so it costs nothing while idle.
 *
 * <p>Default subnets auto-assign public IPv4 addresses, which Batch EC2 instances rely on.
 * Fargate tasks get one explicitly ({@link #assignPublicIp()} is true). The database stays
 * private because it is created with {@code publiclyAccessible=false} and only admits the
 * metadata service's security group.
 *
 * <p>Default VPCs have a subnet in every zone of the region, including zones where HTTP API VPC
 * links are not supported (use1-az3 in us-east-1), so the metadata API's VPC link takes only the
 * subnets of supported zones ({@link SubnetZoneIds}).
 *
 * <p>The lookups need the stack's account and region. The first {@code cdk synth} with AWS
 * credentials caches the answer in {@code cdk.context.json}; commit that file.
 *
 * <p>There is nothing to configure, so unlike the other constructs this one takes no props.
 */
public final class DefaultVpcNetwork extends Construct implements MetaflowNetwork {

    private static final SubnetSelection PUBLIC_SUBNETS =
            SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build();

    private final IVpc vpc;
    private SubnetSelection vpcLinkSubnets;

    public DefaultVpcNetwork(Construct scope, String id) {
        super(scope, id);
        this.vpc = Vpc.fromLookup(this, "Resource", VpcLookupOptions.builder().isDefault(true).build());
    }

    @Override
    public IVpc vpc() {
        return vpc;
    }

    @Override
    public SubnetSelection computeSubnets() {
        return PUBLIC_SUBNETS;
    }

    @Override
    public SubnetSelection serviceSubnets() {
        return PUBLIC_SUBNETS;
    }

    @Override
    public SubnetSelection vpcLinkSubnets() {
        if (vpcLinkSubnets == null) {
            vpcLinkSubnets = SubnetZoneIds.vpcLinkSubnets(this, vpc, vpc.getPublicSubnets());
        }
        return vpcLinkSubnets;
    }

    @Override
    public SubnetSelection databaseSubnets() {
        return PUBLIC_SUBNETS;
    }

    @Override
    public boolean assignPublicIp() {
        return true;
    }
}

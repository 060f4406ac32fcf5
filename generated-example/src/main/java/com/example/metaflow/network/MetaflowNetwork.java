package com.example.metaflow.network;

import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;

/**
 * Where the Metaflow resources are placed.
 *
 * <p>Implementations decide the VPC and which of its subnets each tier uses. The hobbyist
 * deployment uses {@link DefaultVpcNetwork}; a dedicated VPC with private subnets can implement
 * the same contract without touching the other constructs.
 */
public interface MetaflowNetwork {

    /** The VPC that holds every Metaflow resource. */
    IVpc vpc();

    /**
     * Subnets of the AWS Batch compute environment. When {@link #assignPublicIp()} is true these
     * subnets must auto-assign public IPv4 addresses, because Batch EC2 instances take the
     * subnet's setting.
     */
    SubnetSelection computeSubnets();

    /** Subnets of the metadata service tasks. */
    SubnetSelection serviceSubnets();

    /**
     * Subnets of the metadata API's VPC link: those service subnets whose Availability Zone
     * supports HTTP API VPC links ({@link VpcLinkZones}). Called only when the stack has the
     * metadata service, so that a stack without it needs no zone lookups.
     */
    SubnetSelection vpcLinkSubnets();

    /** Subnets of the metadata database; it is never publicly accessible. */
    SubnetSelection databaseSubnets();

    /** Subnets of internet-facing load balancers (the UI). @default the VPC's public subnets */
    default SubnetSelection publicSubnets() {
        return SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build();
    }

    /**
     * Whether tasks need a public IP address to reach container registries, S3 and AWS APIs,
     * i.e. the subnets have an internet gateway route but no NAT gateway or VPC endpoints.
     */
    boolean assignPublicIp();
}

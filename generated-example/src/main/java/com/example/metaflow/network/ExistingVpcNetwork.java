package com.example.metaflow.network;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetFilter;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcLookupOptions;
import software.constructs.Construct;

/**
 * A VPC the network team already runs, with Metaflow placed in subnets named by ID.
 *
 * <p>The VPC is found with {@code Vpc.fromLookup} by ID rather than described by hand with
 * {@code fromVpcAttributes}: the lookup learns each subnet's zone and route table, so subnet
 * selections and security groups work as for a VPC defined here. The first {@code cdk synth}
 * with credentials caches the answer in {@code cdk.context.json}; commit it, and later synths
 * (CI, tests) run offline. Nothing gets a public IP: the subnets must reach AWS APIs through a
 * NAT gateway, transit gateway or VPC endpoints.
 */
public final class ExistingVpcNetwork extends Construct implements MetaflowNetwork {

    /** VPC ID of the placeholder CDK returns while a lookup has no answer yet. */
    static final String PLACEHOLDER_VPC_ID = "vpc-12345";

    private final IVpc vpc;
    private final SubnetSelection privateSubnets;
    private final SubnetSelection databaseSubnets;
    private SubnetSelection vpcLinkSubnets;

    public ExistingVpcNetwork(Construct scope, String id, ExistingVpcNetworkProps props) {
        super(scope, id);
        this.vpc = Vpc.fromLookup(this, "Resource", VpcLookupOptions.builder().vpcId(props.vpcId()).build());
        this.privateSubnets = byIds("privateSubnetIds", props.privateSubnetIds());
        this.databaseSubnets = byIds("databaseSubnetIds", props.databaseSubnetIds());
    }

    @Override
    public IVpc vpc() {
        return vpc;
    }

    @Override
    public SubnetSelection computeSubnets() {
        return privateSubnets;
    }

    @Override
    public SubnetSelection serviceSubnets() {
        return privateSubnets;
    }

    @Override
    public SubnetSelection vpcLinkSubnets() {
        if (vpcLinkSubnets == null) {
            vpcLinkSubnets = SubnetZoneIds.vpcLinkSubnets(this, vpc, vpc.selectSubnets(privateSubnets).getSubnets());
        }
        return vpcLinkSubnets;
    }

    @Override
    public SubnetSelection databaseSubnets() {
        return databaseSubnets;
    }

    @Override
    public boolean assignPublicIp() {
        return false;
    }

    /**
     * The looked-up subnets with these IDs, whatever their type. Before the lookup has an answer
     * CDK hands out a placeholder VPC ({@value #PLACEHOLDER_VPC_ID}) for one throw-away pass; its
     * selection may stay empty, so that the CLI gets to run the lookup.
     */
    private SubnetSelection byIds(String name, List<String> subnetIds) {
        Map<String, ISubnet> subnets = Stream.of(vpc.getPrivateSubnets(), vpc.getIsolatedSubnets(),
                vpc.getPublicSubnets()).flatMap(List::stream)
                .collect(Collectors.toMap(ISubnet::getSubnetId, subnet -> subnet, (first, second) -> first));
        List<String> missing = subnetIds.stream().filter(id -> !subnets.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return SubnetSelection.builder().subnets(subnetIds.stream().map(subnets::get).toList()).build();
        }
        if (vpc.getVpcId().equals(PLACEHOLDER_VPC_ID)) {
            return SubnetSelection.builder().subnetFilters(List.of(SubnetFilter.byIds(subnetIds))).build();
        }
        throw new IllegalArgumentException(name + " names subnets that are not in " + vpc.getVpcId() + ": " + missing
                + ". Its subnets are " + subnets.keySet().stream().sorted().toList() + "; if the VPC changed, run"
                + " `cdk context --reset` for its lookup and synthesize again with credentials.");
    }
}

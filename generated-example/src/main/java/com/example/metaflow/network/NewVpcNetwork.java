package com.example.metaflow.network;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.CfnSubnet;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * A dedicated VPC: public subnets (NAT gateways, internet-facing load balancers), private subnets
 * with egress through NAT (Batch, metadata service) and isolated subnets (database), one of each
 * per Availability Zone, plus an S3 gateway endpoint, optional interface endpoints and flow logs
 * of all traffic kept for a year.
 *
 * <p>Nothing gets a public IP. The subnets are placed by zone ID, not by name: the first
 * {@code maxAzs} zones of the region where HTTP API VPC links are supported ({@link VpcLinkZones}),
 * so the metadata API's VPC link can use every service subnet. Zone names map to different IDs
 * in each account, so {@code Fn::GetAZs} could pick a zone without VPC links (use1-az3 in
 * us-east-1) and the stack would roll back. No lookup is needed.
 */
public final class NewVpcNetwork extends Construct implements MetaflowNetwork {

    private static final SubnetSelection PRIVATE = SubnetSelection.builder()
            .subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();
    private static final SubnetSelection ISOLATED = SubnetSelection.builder()
            .subnetType(SubnetType.PRIVATE_ISOLATED).build();

    private final Vpc vpc;

    public NewVpcNetwork(Construct scope, String id, NewVpcNetworkProps props) {
        super(scope, id);
        LogGroup flowLogs = LogGroup.Builder.create(this, "FlowLogs")
                .retention(RetentionDays.ONE_YEAR)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        this.vpc = Vpc.Builder.create(this, "Resource")
                .ipAddresses(IpAddresses.cidr(props.cidr()))
                .availabilityZones(VpcLinkZones.first(this, props.maxAzs()))
                .natGateways(props.natGateways())
                .subnetConfiguration(List.of(
                        subnet("Public", SubnetType.PUBLIC, 24),
                        subnet("Private", SubnetType.PRIVATE_WITH_EGRESS, 20),
                        subnet("Isolated", SubnetType.PRIVATE_ISOLATED, 24)))
                .gatewayEndpoints(Map.of("S3", GatewayVpcEndpointOptions.builder()
                        .service(GatewayVpcEndpointAwsService.S3).build()))
                .flowLogs(Map.of("All", FlowLogOptions.builder()
                        .destination(FlowLogDestination.toCloudWatchLogs(flowLogs))
                        .trafficType(FlowLogTrafficType.ALL)
                        .build()))
                .build();
        placeSubnetsByZoneId();
        if (props.interfaceEndpoints()) {
            SecurityGroup endpoints = SecurityGroup.Builder.create(this, "EndpointSecurityGroup")
                    .vpc(vpc)
                    .description("Interface endpoints of the Metaflow VPC: HTTPS from the VPC")
                    .allowAllOutbound(false)
                    .build();
            endpoints.addIngressRule(Peer.ipv4(props.cidr()), Port.tcp(443), "HTTPS from the VPC");
            new TreeMap<>(Map.of("EcrApi", InterfaceVpcEndpointAwsService.ECR,
                    "EcrDocker", InterfaceVpcEndpointAwsService.ECR_DOCKER,
                    "Logs", InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
                    "SecretsManager", InterfaceVpcEndpointAwsService.SECRETS_MANAGER))
                    .forEach((name, service) -> vpc.addInterfaceEndpoint(name, InterfaceVpcEndpointOptions.builder()
                            .service(service).subnets(PRIVATE).privateDnsEnabled(true)
                            .securityGroups(List.of(endpoints)).open(false).build()));
        }
    }

    @Override
    public IVpc vpc() {
        return vpc;
    }

    @Override
    public SubnetSelection computeSubnets() {
        return PRIVATE;
    }

    @Override
    public SubnetSelection serviceSubnets() {
        return PRIVATE;
    }

    @Override
    public SubnetSelection vpcLinkSubnets() {
        return PRIVATE;
    }

    @Override
    public SubnetSelection databaseSubnets() {
        return ISOLATED;
    }

    @Override
    public boolean assignPublicIp() {
        return false;
    }

    /**
     * The VPC was given zone IDs where CDK expects zone names (CDK only uses them as labels, and
     * tokens are not checked against the account's zones); CloudFormation's AWS::EC2::Subnet
     * takes a zone ID in {@code AvailabilityZoneId} instead of {@code AvailabilityZone}.
     */
    private void placeSubnetsByZoneId() {
        Stream.of(vpc.getPublicSubnets(), vpc.getPrivateSubnets(), vpc.getIsolatedSubnets()).flatMap(List::stream)
                .map(subnet -> (CfnSubnet) subnet.getNode().getDefaultChild())
                .forEach(subnet -> {
                    subnet.setAvailabilityZoneId(subnet.getAvailabilityZone());
                    subnet.addPropertyDeletionOverride("AvailabilityZone");
                });
    }

    private static SubnetConfiguration subnet(String name, SubnetType type, int cidrMask) {
        return SubnetConfiguration.builder().name(name).subnetType(type).cidrMask(cidrMask).build();
    }
}

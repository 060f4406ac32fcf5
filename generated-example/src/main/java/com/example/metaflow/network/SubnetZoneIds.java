package com.example.metaflow.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.ContextProvider;
import software.amazon.awscdk.GetContextValueOptions;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.constructs.Construct;

/**
 * Picks, from subnets that already exist, those in zones where HTTP API VPC links are supported.
 *
 * <p>A VPC lookup tells each subnet's zone name only, and names map to different zone IDs in each
 * account, so each subnet's {@code AvailabilityZoneId} is looked up through the Cloud Control API
 * ({@code cc-api-provider}, {@code AWS::EC2::Subnet}). Like every lookup, the first {@code cdk synth}
 * with credentials caches the answers in {@code cdk.context.json}; commit it.
 */
final class SubnetZoneIds {

    /** The zone ID CDK hands out for one throw-away pass while a lookup has no answer yet. */
    static final String PLACEHOLDER_ZONE_ID = "dummy-az";

    private SubnetZoneIds() {
    }

    /**
     * The subnets of {@code candidates} that a VPC link may use; an error when there are none. While
     * the VPC lookup itself has no answer (the placeholder VPC), nothing is looked up: the subnets
     * are placeholders too, and the CLI gets to run the VPC lookup first.
     */
    static SubnetSelection vpcLinkSubnets(Construct scope, IVpc vpc, List<ISubnet> candidates) {
        if (vpc.getVpcId().equals(ExistingVpcNetwork.PLACEHOLDER_VPC_ID)) {
            return SubnetSelection.builder().subnets(candidates).build();
        }
        String region = Stack.of(scope).getRegion();
        List<String> supported = VpcLinkZones.supported(region);
        Map<String, String> zoneIds = new LinkedHashMap<>();
        candidates.forEach(subnet -> zoneIds.put(subnet.getSubnetId(), zoneId(scope, subnet.getSubnetId())));
        if (zoneIds.containsValue(PLACEHOLDER_ZONE_ID)) {
            return SubnetSelection.builder().subnets(candidates).build();
        }
        List<ISubnet> usable = candidates.stream()
                .filter(subnet -> supported.contains(zoneIds.get(subnet.getSubnetId()))).toList();
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("None of the subnets " + zoneIds + " (subnet: zone ID) is in a zone"
                    + " where API Gateway supports HTTP API VPC links in " + region + ": " + supported
                    + ". Add a service subnet in one of those zones.");
        }
        return SubnetSelection.builder().subnets(usable).build();
    }

    private static String zoneId(Construct scope, String subnetId) {
        Object value = ContextProvider.getValue(scope, GetContextValueOptions.builder()
                .provider("cc-api-provider")
                .props(Map.of(
                        "typeName", "AWS::EC2::Subnet",
                        "exactIdentifier", subnetId,
                        "propertiesToReturn", List.of("AvailabilityZoneId")))
                .dummyValue(List.of(Map.of("Identifier", subnetId, "AvailabilityZoneId", PLACEHOLDER_ZONE_ID)))
                .build()).getValue();
        if (value instanceof List<?> resources && !resources.isEmpty()
                && resources.get(0) instanceof Map<?, ?> resource
                && resource.get("AvailabilityZoneId") instanceof String zoneId) {
            return zoneId;
        }
        throw new IllegalStateException("The cached lookup of " + subnetId + "'s zone ID is malformed: " + value
                + ". Run `cdk context --reset` for it and synthesize again with credentials.");
    }
}

package com.example.metaflow.network;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import software.amazon.awscdk.CfnMapping;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Token;
import software.constructs.Construct;

/**
 * The Availability Zones, by zone ID, in which API Gateway can place the network interfaces of an
 * HTTP API VPC link. A VPC link given a subnet in any other zone fails to create, and the stack
 * rolls back, so every network hands the metadata API only subnets in these zones.
 *
 * <p>Source: AWS API Gateway Developer Guide, "Set up VPC links for HTTP APIs" (also "Set up VPC
 * links V2"), section "Availability by Region". Zone IDs name the same physical zone in every
 * account; zone names ({@code us-east-1a}) map to different IDs in each account.
 */
public final class VpcLinkZones {

    static final Map<String, List<String>> SUPPORTED = Map.ofEntries(
            Map.entry("us-east-2", List.of("use2-az1", "use2-az2", "use2-az3")),
            Map.entry("us-east-1", List.of("use1-az1", "use1-az2", "use1-az4", "use1-az5", "use1-az6")),
            Map.entry("us-west-1", List.of("usw1-az1", "usw1-az3")),
            Map.entry("us-west-2", List.of("usw2-az1", "usw2-az2", "usw2-az3", "usw2-az4")),
            Map.entry("ap-east-1", List.of("ape1-az2", "ape1-az3")),
            Map.entry("ap-south-1", List.of("aps1-az1", "aps1-az2", "aps1-az3")),
            Map.entry("ap-northeast-2", List.of("apne2-az1", "apne2-az2", "apne2-az3")),
            Map.entry("ap-southeast-1", List.of("apse1-az1", "apse1-az2", "apse1-az3")),
            Map.entry("ap-southeast-2", List.of("apse2-az1", "apse2-az2", "apse2-az3")),
            Map.entry("ap-northeast-1", List.of("apne1-az1", "apne1-az2", "apne1-az4")),
            Map.entry("ca-central-1", List.of("cac1-az1", "cac1-az2")),
            Map.entry("eu-central-1", List.of("euc1-az1", "euc1-az2", "euc1-az3")),
            Map.entry("eu-west-1", List.of("euw1-az1", "euw1-az2", "euw1-az3")),
            Map.entry("eu-west-2", List.of("euw2-az1", "euw2-az2", "euw2-az3")),
            Map.entry("eu-west-3", List.of("euw3-az1", "euw3-az3")),
            Map.entry("eu-south-2", List.of("eus2-az1", "eus2-az2", "eus2-az3")),
            Map.entry("eu-north-1", List.of("eun1-az1", "eun1-az2", "eun1-az3")),
            Map.entry("me-south-1", List.of("mes1-az1", "mes1-az2", "mes1-az3")),
            Map.entry("sa-east-1", List.of("sae1-az1", "sae1-az2", "sae1-az3")),
            Map.entry("us-gov-west-1", List.of("usgw1-az1", "usgw1-az2", "usgw1-az3")));

    private VpcLinkZones() {
    }

    /** The zone IDs of this region that support VPC links; an error for a region without them. */
    public static List<String> supported(String region) {
        List<String> zones = SUPPORTED.get(region);
        if (zones == null) {
            throw new IllegalArgumentException("API Gateway has no HTTP API VPC links in " + region
                    + ", so the metadata API cannot reach the service there. Deploy to one of "
                    + SUPPORTED.keySet().stream().sorted().toList() + ", or set metadataService to false.");
        }
        return zones;
    }

    /**
     * The first {@code count} supported zone IDs of the stack's region, for a VPC created here, as
     * {@code Fn::FindInMap} on a mapping of the table above: an environment-agnostic stack learns
     * its region only when CloudFormation creates the change set, and tokens keep CDK from checking
     * the IDs against the account's zone names. A region known at synth is checked now.
     */
    public static List<String> first(Construct scope, int count) {
        String region = Stack.of(scope).getRegion();
        if (!Token.isUnresolved(region)) {
            List<String> zones = supported(region);
            if (zones.size() < count) {
                throw new IllegalArgumentException(region + " has VPC links in " + zones.size()
                        + " Availability Zones only " + zones + ": span at most " + zones.size() + " zones.");
            }
        }
        Map<String, Map<String, Object>> mapping = new TreeMap<>();
        SUPPORTED.forEach((name, zones) -> mapping.put(name, IntStream.range(0, zones.size()).boxed()
                .collect(Collectors.toMap(i -> "Zone" + (i + 1), zones::get))));
        CfnMapping zoneIds = CfnMapping.Builder.create(scope, "VpcLinkZoneIds").mapping(mapping).build();
        return IntStream.range(0, count).mapToObj(i -> zoneIds.findInMap(region, "Zone" + (i + 1))).toList();
    }
}

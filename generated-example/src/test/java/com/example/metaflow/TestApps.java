package com.example.metaflow;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Apps for tests that synthesize like {@code cdk synth}: the context of {@code cdk.json} (so the
 * same feature flags apply) plus the lookup answers that {@code cdk.context.json} would hold for
 * {@link #ENV}: the default VPC, an existing VPC ({@link #EXISTING_VPC_ID}) with private and
 * isolated subnets, and the public hosted zone {@link #HOSTED_ZONE}. Jackson comes with the jsii runtime of aws-cdk-lib.
 */
public final class TestApps {

    public static final String ACCOUNT = "123456789012";
    public static final String REGION = "us-east-1";
    public static final Environment ENV = Environment.builder().account(ACCOUNT).region(REGION).build();
    public static final String VPC_ID = "vpc-0a1b2c3d4e5f67890";
    /** The default VPC's subnets, one in each of us-east-1's six zones ({@link FakeAccount}). */
    public static final List<String> SUBNET_IDS = FakeAccount.DEFAULT_SUBNET_IDS;

    public static final String HOSTED_ZONE = "example.com";
    public static final String EXISTING_VPC_ID = "vpc-0f1e2d3c4b5a69780";
    public static final List<String> PRIVATE_SUBNET_IDS =
            List.of("subnet-0f1e2d3c4b5a69781", "subnet-0f1e2d3c4b5a69782", "subnet-0f1e2d3c4b5a69783");
    public static final List<String> ISOLATED_SUBNET_IDS =
            List.of("subnet-0f1e2d3c4b5a69784", "subnet-0f1e2d3c4b5a69785", "subnet-0f1e2d3c4b5a69786");

    private TestApps() {
    }

    /** A new App with cdk.json's context and the cached lookups described above. */
    public static App app() {
        return app(HOSTED_ZONE, EXISTING_VPC_ID, PRIVATE_SUBNET_IDS, ISOLATED_SUBNET_IDS);
    }

    /**
     * A new App with cdk.json's context, the default VPC, and the lookups a deployment's own choices
     * need: its public hosted zone, and its existing VPC with these private and database subnets.
     */
    public static App app(String hostedZone, String existingVpcId, List<String> privateSubnetIds,
            List<String> databaseSubnetIds) {
        Map<String, Object> context = new HashMap<>(cdkJsonContext());
        context.put("vpc-provider:account=" + ACCOUNT + ":filter.isDefault=true:region=" + REGION
                + ":returnAsymmetricSubnets=true", defaultVpc());
        context.put("hosted-zone:account=" + ACCOUNT + ":domainName=" + hostedZone + ":region=" + REGION,
                Map.of("Id", "/hostedzone/Z0123456789ABCDEFGHIJ", "Name", hostedZone + "."));
        context.put("vpc-provider:account=" + ACCOUNT + ":filter.vpc-id=" + existingVpcId + ":region=" + REGION
                + ":returnAsymmetricSubnets=true", existingVpc(existingVpcId, privateSubnetIds, databaseSubnetIds));
        context.putAll(FakeAccount.subnetZoneIds(SUBNET_IDS, IntStream.range(0, SUBNET_IDS.size()).boxed().toList()));
        context.putAll(FakeAccount.subnetZoneIds(privateSubnetIds, FakeAccount.EXISTING_VPC_ZONES));
        context.putAll(FakeAccount.subnetZoneIds(databaseSubnetIds, FakeAccount.EXISTING_VPC_ZONES));
        return App.Builder.create().context(context).build();
    }

    /** An empty stack in {@link #ENV}, for testing one construct. */
    public static Stack stack() {
        return new Stack(app(), "TestStack", StackProps.builder().env(ENV).build());
    }

    private static Map<String, Object> cdkJsonContext() {
        try (InputStream in = TestApps.class.getResourceAsStream("/cdk.json")) {
            if (in == null) {
                throw new IllegalStateException("cdk.json is not on the test class path (see testResources in pom.xml)");
            }
            Map<String, Object> cdkJson = new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() { });
            @SuppressWarnings("unchecked")
            Map<String, Object> context = (Map<String, Object>) cdkJson.get("context");
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cdk.json", e);
        }
    }

    private static Map<String, Object> defaultVpc() {
        return Map.of(
                "vpcId", VPC_ID,
                "vpcCidrBlock", "172.31.0.0/16",
                "ownerAccountId", ACCOUNT,
                "availabilityZones", List.of(),
                "subnetGroups", List.of(subnetGroup("Public", SUBNET_IDS, "172.31.%d.0/20", 0, 16,
                        IntStream.range(0, SUBNET_IDS.size()).boxed().toList())));
    }

    private static Map<String, Object> existingVpc(String vpcId, List<String> privateSubnetIds,
            List<String> databaseSubnetIds) {
        List<Map<String, Object>> groups = new ArrayList<>();
        groups.add(subnetGroup("Private", privateSubnetIds, "10.20.%d.0/24", 1, 1, FakeAccount.EXISTING_VPC_ZONES));
        if (!databaseSubnetIds.isEmpty() && !databaseSubnetIds.equals(privateSubnetIds)) {
            groups.add(subnetGroup("Isolated", databaseSubnetIds, "10.20.%d.0/24", 101, 1,
                    FakeAccount.EXISTING_VPC_ZONES));
        }
        return Map.of(
                "vpcId", vpcId,
                "vpcCidrBlock", "10.20.0.0/16",
                "ownerAccountId", ACCOUNT,
                "availabilityZones", List.of(),
                "subnetGroups", groups);
    }

    private static Map<String, Object> subnetGroup(String type, List<String> subnetIds, String cidr, int first,
            int step, List<Integer> zones) {
        List<Map<String, Object>> subnets = IntStream.range(0, subnetIds.size())
                .mapToObj(i -> Map.<String, Object>of(
                        "subnetId", subnetIds.get(i),
                        "cidr", String.format(cidr, first + step * i),
                        "availabilityZone", FakeAccount.zoneName(zones.get(i % zones.size())),
                        "routeTableId", "rtb-0a1b2c3d4e5f67890"))
                .toList();
        return Map.of("name", type, "type", type, "subnets", subnets);
    }
}

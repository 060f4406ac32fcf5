package {{package}};

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * same feature flags apply) plus the default-VPC lookup answer that {@code cdk.context.json}
 * would hold for {@link #ENV}. Jackson comes with the jsii runtime of aws-cdk-lib.
 */
public final class TestApps {

    public static final String ACCOUNT = "123456789012";
    public static final String REGION = "us-east-1";
    public static final Environment ENV = Environment.builder().account(ACCOUNT).region(REGION).build();
    public static final String VPC_ID = "vpc-0a1b2c3d4e5f67890";
    public static final List<String> SUBNET_IDS =
            List.of("subnet-0a1b2c3d4e5f67891", "subnet-0a1b2c3d4e5f67892", "subnet-0a1b2c3d4e5f67893");

    private static final List<String> ZONES = List.of("us-east-1a", "us-east-1b", "us-east-1c");

    private TestApps() {
    }

    /** A new App with cdk.json's context and the cached default VPC. */
    public static App app() {
        Map<String, Object> context = new HashMap<>(cdkJsonContext());
        context.put("vpc-provider:account=" + ACCOUNT + ":filter.isDefault=true:region=" + REGION
                + ":returnAsymmetricSubnets=true", defaultVpc());
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
        List<Map<String, Object>> subnets = IntStream.range(0, SUBNET_IDS.size())
                .mapToObj(i -> Map.<String, Object>of(
                        "subnetId", SUBNET_IDS.get(i),
                        "cidr", "172.31." + (16 * i) + ".0/20",
                        "availabilityZone", ZONES.get(i),
                        "routeTableId", "rtb-0a1b2c3d4e5f67890"))
                .toList();
        return Map.of(
                "vpcId", VPC_ID,
                "vpcCidrBlock", "172.31.0.0/16",
                "ownerAccountId", ACCOUNT,
                "availabilityZones", List.of(),
                "subnetGroups", List.of(Map.of("name", "Public", "type", "Public", "subnets", subnets)));
    }
}

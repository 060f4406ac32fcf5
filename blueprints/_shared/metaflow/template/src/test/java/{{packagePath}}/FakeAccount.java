package {{package}};

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import software.amazon.awscdk.App;
import software.amazon.awscdk.ContextProvider;
import software.amazon.awscdk.GetContextKeyOptions;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * What the lookups of a real us-east-1 account answer, as {@code cdk.context.json} would cache it.
 *
 * <p>Like every default VPC in us-east-1, its default VPC has a /20 subnet in each of the six
 * zones, and, as in every account, the zone names map to zone IDs in an order of their own
 * (EC2 User Guide, "Availability Zone IDs"). Here us-east-1e is use1-az3, the zone without HTTP
 * API VPC links. Subnet zone IDs are answered like the CDK CLI's Cloud Control lookup
 * ({@code cc-api-provider}: a list of objects with the requested properties and
 * {@code Identifier}).
 */
public final class FakeAccount {

    static final List<String> ZONE_NAMES =
            List.of("us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f");
    static final List<String> ZONE_IDS = List.of("use1-az4", "use1-az6", "use1-az1", "use1-az2", "use1-az3", "use1-az5");

    /** The default VPC's subnets, one per zone, in zone order; the fifth is in use1-az3. */
    public static final List<String> DEFAULT_SUBNET_IDS = IntStream.rangeClosed(1, 6)
            .mapToObj(i -> "subnet-0a1b2c3d4e5f6789" + i).toList();
    /** The default VPC's subnet in use1-az3 (us-east-1e in this account). */
    public static final String UNSUPPORTED_ZONE_SUBNET_ID = DEFAULT_SUBNET_IDS.get(4);

    /** Zones of the existing VPC's subnets, by position: its third subnet of each tier is in use1-az3. */
    static final List<Integer> EXISTING_VPC_ZONES = List.of(0, 1, 4);

    /** A key depends only on the environment and the subnet, so each is computed once. */
    private static final Map<String, String> ZONE_ID_KEYS = new ConcurrentHashMap<>();

    private FakeAccount() {
    }

    /** The zone ID of the zone at this position. */
    static String zoneId(int zone) {
        return ZONE_IDS.get(zone);
    }

    /** The zone name of the zone at this position. */
    static String zoneName(int zone) {
        return ZONE_NAMES.get(zone);
    }

    /** The cached answers of the zone-ID lookups of these subnets, whose zones are given by position. */
    static Map<String, Object> subnetZoneIds(List<String> subnetIds, List<Integer> zones) {
        Map<String, Object> context = new HashMap<>();
        for (int i = 0; i < subnetIds.size(); i++) {
            String subnetId = subnetIds.get(i);
            context.put(ZONE_ID_KEYS.computeIfAbsent(subnetId, FakeAccount::zoneIdKey), List.of(Map.of(
                    "Identifier", subnetId, "AvailabilityZoneId", zoneId(zones.get(i % zones.size())))));
        }
        return context;
    }

    /** The context key CDK computes for a subnet's zone-ID lookup in {@link TestApps#ENV}. */
    private static String zoneIdKey(String subnetId) {
        return ContextProvider.getKey(KeyStack.STACK, GetContextKeyOptions.builder()
                .provider("cc-api-provider")
                .props(Map.of("typeName", "AWS::EC2::Subnet", "exactIdentifier", subnetId,
                        "propertiesToReturn", List.of("AvailabilityZoneId")))
                .build()).getKey();
    }

    /** The stack the keys are computed in, made on first use (not while TestApps itself initializes). */
    private static final class KeyStack {
        static final Stack STACK = new Stack(new App(), "Keys", StackProps.builder().env(TestApps.ENV).build());
    }
}

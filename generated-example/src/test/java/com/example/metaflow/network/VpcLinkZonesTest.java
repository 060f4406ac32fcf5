package com.example.metaflow.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.TestApps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * The table of zones with HTTP API VPC links, against API Gateway Developer Guide, "Set up VPC
 * links for HTTP APIs", section "Availability by Region".
 */
class VpcLinkZonesTest {

    @Test
    void usEast1HasVpcLinksInEveryZoneButUse1Az3() {
        assertEquals(List.of("use1-az1", "use1-az2", "use1-az4", "use1-az5", "use1-az6"),
                VpcLinkZones.supported("us-east-1"));
        assertFalse(VpcLinkZones.supported("us-east-1").contains("use1-az3"));
    }

    @Test
    void regionsWithZonesMissingFromTheTableKeepThemOut() {
        assertEquals(List.of("usw1-az1", "usw1-az3"), VpcLinkZones.supported("us-west-1"));
        assertEquals(List.of("ape1-az2", "ape1-az3"), VpcLinkZones.supported("ap-east-1"));
        assertEquals(List.of("apne1-az1", "apne1-az2", "apne1-az4"), VpcLinkZones.supported("ap-northeast-1"));
        assertEquals(List.of("cac1-az1", "cac1-az2"), VpcLinkZones.supported("ca-central-1"));
        assertEquals(List.of("euw3-az1", "euw3-az3"), VpcLinkZones.supported("eu-west-3"));
        assertEquals(20, VpcLinkZones.SUPPORTED.size());
    }

    @Test
    void everyZoneIdBelongsToItsRegionAndEveryRegionHasTwo() {
        VpcLinkZones.SUPPORTED.forEach((region, zones) -> {
            assertTrue(zones.size() >= 2, region);
            zones.forEach(zone -> assertTrue(zone.matches("[a-z]+[0-9]-az[0-9]"), zone));
            assertEquals(1, zones.stream().map(zone -> zone.substring(0, zone.indexOf('-'))).distinct().count(),
                    region);
        });
    }

    @Test
    void aRegionWithoutVpcLinksIsRefusedWithTheRegionsThatHaveThem() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> VpcLinkZones.supported("ap-northeast-3"));
        assertTrue(error.getMessage().startsWith("API Gateway has no HTTP API VPC links in ap-northeast-3"),
                error.getMessage());
        assertTrue(error.getMessage().contains("us-east-1"), error.getMessage());
    }

    @Test
    void aNewVpcCannotSpanMoreZonesThanHaveVpcLinks() {
        Stack stack = new Stack(new App(), "Stack", StackProps.builder()
                .env(Environment.builder().account(TestApps.ACCOUNT).region("us-west-1").build()).build());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> VpcLinkZones.first(stack, 3));
        assertEquals("us-west-1 has VPC links in 2 Availability Zones only [usw1-az1, usw1-az3]: span at most 2"
                + " zones.", error.getMessage());
        assertEquals(2, VpcLinkZones.first(stack, 2).size());
    }

    @Test
    void anEnvironmentAgnosticStackLooksTheZonesUpByRegionAtDeployment() {
        Stack stack = new Stack(new App(), "Stack");
        List<String> zones = VpcLinkZones.first(stack, 2);
        assertEquals(List.of(
                Map.of("Fn::FindInMap", List.of("VpcLinkZoneIds", Map.of("Ref", "AWS::Region"), "Zone1")),
                Map.of("Fn::FindInMap", List.of("VpcLinkZoneIds", Map.of("Ref", "AWS::Region"), "Zone2"))),
                zones.stream().map(stack::resolve).toList());
    }
}

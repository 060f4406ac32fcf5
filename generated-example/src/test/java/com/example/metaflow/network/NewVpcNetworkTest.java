package com.example.metaflow.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.TestApps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.SubnetType;

class NewVpcNetworkTest {

    private static NewVpcNetwork network;
    private static Template template;

    @BeforeAll
    static void synthesize() {
        Stack stack = TestApps.stack();
        network = new NewVpcNetwork(stack, "Network", NewVpcNetworkProps.builder().build());
        template = Template.fromStack(stack);
    }

    @Test
    void spansTwoZonesWithPublicPrivateAndIsolatedSubnetsAndOneNatGateway() {
        template.hasResourceProperties("AWS::EC2::VPC", Map.of("CidrBlock", "10.0.0.0/16"));
        template.resourceCountIs("AWS::EC2::Subnet", 6);
        template.resourceCountIs("AWS::EC2::NatGateway", 1);
    }

    /**
     * Subnets are placed by zone ID, the first two of us-east-1's zones with HTTP API VPC links
     * (API Gateway Developer Guide, "Set up VPC links for HTTP APIs": use1-az1, az2, az4, az5,
     * az6), so the metadata API's VPC link can use each of them; by name (Fn::GetAZs) a subnet
     * could land in use1-az3 and the VPC link would fail to create.
     */
    @Test
    void placesEverySubnetByZoneIdInZonesWithVpcLinks() {
        template.allResourcesProperties("AWS::EC2::Subnet", Map.of(
                "AvailabilityZone", Match.absent(),
                "AvailabilityZoneId", Map.of("Fn::FindInMap",
                        List.of(Match.stringLikeRegexp("VpcLinkZoneIds.*"), "us-east-1", Match.stringLikeRegexp("Zone[12]")))));
        Map<String, Map<String, Object>> mappings = template.findMappings("*");
        assertEquals(1, mappings.size());
        @SuppressWarnings("unchecked")
        Map<String, String> usEast1 = (Map<String, String>) mappings.values().iterator().next().get("us-east-1");
        assertEquals(Map.of("Zone1", "use1-az1", "Zone2", "use1-az2", "Zone3", "use1-az4", "Zone4", "use1-az5",
                "Zone5", "use1-az6"), usEast1);
        assertFalse(template.toJSON().toString().contains("Fn::GetAZs"));
        assertEquals(network.vpc().selectSubnets(network.serviceSubnets()).getSubnetIds(),
                network.vpc().selectSubnets(network.vpcLinkSubnets()).getSubnetIds());
    }

    @Test
    void placesTiersInPrivateAndIsolatedSubnetsWithoutPublicIps() {
        assertEquals(SubnetType.PRIVATE_WITH_EGRESS, network.computeSubnets().getSubnetType());
        assertEquals(SubnetType.PRIVATE_WITH_EGRESS, network.serviceSubnets().getSubnetType());
        assertEquals(SubnetType.PRIVATE_ISOLATED, network.databaseSubnets().getSubnetType());
        assertFalse(network.assignPublicIp());
    }

    @Test
    void hasAnS3GatewayAndFourInterfaceEndpointsOpenToTheVpcOnly() {
        template.resourceCountIs("AWS::EC2::VPCEndpoint", 5);
        template.hasResourceProperties("AWS::EC2::VPCEndpoint", Map.of("VpcEndpointType", "Gateway"));
        template.hasResourceProperties("AWS::EC2::SecurityGroup", Map.of(
                "GroupDescription", Match.stringLikeRegexp("Interface endpoints"),
                "SecurityGroupIngress", List.of(Match.objectLike(Map.of(
                        "CidrIp", "10.0.0.0/16", "FromPort", 443, "ToPort", 443)))));
    }

    @Test
    void logsAllTrafficForAYear() {
        template.hasResourceProperties("AWS::EC2::FlowLog", Map.of("TrafficType", "ALL"));
        template.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 365));
    }

    @Test
    void oneNatGatewayPerZoneAndNoInterfaceEndpointsWhenAskedFor() {
        Stack stack = TestApps.stack();
        new NewVpcNetwork(stack, "Network", NewVpcNetworkProps.builder()
                .maxAzs(3).natGateways(3).interfaceEndpoints(false).build());

        Template perZone = Template.fromStack(stack);
        perZone.resourceCountIs("AWS::EC2::Subnet", 9);
        perZone.resourceCountIs("AWS::EC2::NatGateway", 3);
        perZone.resourceCountIs("AWS::EC2::VPCEndpoint", 1);
    }

    @ParameterizedTest
    @CsvSource({"1, 1, maxAzs must be 2 or 3, got 1", "4, 1, maxAzs must be 2 or 3, got 4",
            "2, 0, 'natGateways must be between 1 and maxAzs (2), got 0'",
            "2, 3, 'natGateways must be between 1 and maxAzs (2), got 3'"})
    void failsOnZonesOrNatGatewaysOutOfRange(int maxAzs, int natGateways, String message) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NewVpcNetworkProps.builder().maxAzs(maxAzs).natGateways(natGateways).build());
        assertTrue(error.getMessage().contains(message), error.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.0/24", "10.0.0.0", "ten"})
    void failsOnACidrThatIsNotASixteenToEighteenRange(String cidr) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NewVpcNetworkProps.builder().cidr(cidr).build());
        assertTrue(error.getMessage().contains("got \"" + cidr + "\""), error.getMessage());
    }
}

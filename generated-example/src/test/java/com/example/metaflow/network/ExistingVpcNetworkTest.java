package com.example.metaflow.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.TestApps;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExistingVpcNetworkTest {

    private final ExistingVpcNetworkProps.Builder props = ExistingVpcNetworkProps.builder()
            .vpcId(TestApps.EXISTING_VPC_ID)
            .privateSubnetIds(TestApps.PRIVATE_SUBNET_IDS);

    @Test
    void looksUpTheVpcByIdAndSelectsTheNamedSubnets() {
        ExistingVpcNetwork network = new ExistingVpcNetwork(TestApps.stack(), "Network",
                props.databaseSubnetIds(TestApps.ISOLATED_SUBNET_IDS).build());

        assertEquals(TestApps.EXISTING_VPC_ID, network.vpc().getVpcId());
        assertEquals(TestApps.PRIVATE_SUBNET_IDS, network.vpc().selectSubnets(network.computeSubnets()).getSubnetIds());
        assertEquals(TestApps.PRIVATE_SUBNET_IDS, network.vpc().selectSubnets(network.serviceSubnets()).getSubnetIds());
        assertEquals(TestApps.ISOLATED_SUBNET_IDS,
                network.vpc().selectSubnets(network.databaseSubnets()).getSubnetIds());
        assertFalse(network.assignPublicIp());
    }

    @Test
    void putsTheDatabaseInThePrivateSubnetsByDefault() {
        ExistingVpcNetwork network = new ExistingVpcNetwork(TestApps.stack(), "Network",
                props.privateSubnetIds(TestApps.PRIVATE_SUBNET_IDS.subList(0, 2)).build());

        assertEquals(TestApps.PRIVATE_SUBNET_IDS.subList(0, 2),
                network.vpc().selectSubnets(network.databaseSubnets()).getSubnetIds());
    }

    /**
     * The existing VPC's third private subnet is in use1-az3 ({@link com.example.metaflow.FakeAccount}), where
     * API Gateway has no HTTP API VPC links ("Set up VPC links for HTTP APIs"): the VPC link leaves
     * it out, while the tasks and Batch still use it.
     */
    @Test
    void givesTheVpcLinkOnlyThePrivateSubnetsInZonesWithVpcLinks() {
        ExistingVpcNetwork network = new ExistingVpcNetwork(TestApps.stack(), "Network", props.build());

        assertEquals(TestApps.PRIVATE_SUBNET_IDS.subList(0, 2),
                network.vpc().selectSubnets(network.vpcLinkSubnets()).getSubnetIds());
    }

    @Test
    void failsAtSynthWhenNoPrivateSubnetIsInAZoneWithVpcLinks() {
        List<String> inUse1Az3 = List.of(TestApps.PRIVATE_SUBNET_IDS.get(2), TestApps.ISOLATED_SUBNET_IDS.get(2));
        ExistingVpcNetwork network = new ExistingVpcNetwork(TestApps.stack(), "Network",
                props.privateSubnetIds(inUse1Az3).build());

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, network::vpcLinkSubnets);
        assertEquals("None of the subnets {" + inUse1Az3.get(0) + "=use1-az3, " + inUse1Az3.get(1) + "=use1-az3}"
                + " (subnet: zone ID) is in a zone where API Gateway supports HTTP API VPC links in us-east-1:"
                + " [use1-az1, use1-az2, use1-az4, use1-az5, use1-az6]. Add a service subnet in one of those zones.",
                error.getMessage());
    }

    @Test
    void failsOnASubnetThatIsNotInTheVpc() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new ExistingVpcNetwork(
                TestApps.stack(), "Network", props.privateSubnetIds(TestApps.SUBNET_IDS).build()));
        assertTrue(error.getMessage().contains("privateSubnetIds names subnets that are not in "
                + TestApps.EXISTING_VPC_ID + ": " + TestApps.SUBNET_IDS), error.getMessage());
    }

    @Test
    void failsOnSomethingThatIsNotAVpcId() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> props.vpcId("vpc-12345").build());
        assertTrue(error.getMessage().contains("got \"vpc-12345\""), error.getMessage());
    }

    @Test
    void failsOnASingleSubnet() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> props.privateSubnetIds(TestApps.PRIVATE_SUBNET_IDS.subList(0, 1)).build());
        assertTrue(error.getMessage().contains("privateSubnetIds must list at least two subnets"), error.getMessage());
    }

    @Test
    void failsOnSomethingThatIsNotASubnetId() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> props.databaseSubnetIds(List.of("subnet-0f1e2d3c4b5a69784", "sn-2")).build());
        assertTrue(error.getMessage().contains("databaseSubnetIds contains \"sn-2\""), error.getMessage());
    }
}

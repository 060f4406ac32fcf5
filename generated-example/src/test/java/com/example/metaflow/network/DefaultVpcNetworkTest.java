package com.example.metaflow.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.FakeAccount;
import com.example.metaflow.TestApps;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.services.ec2.SubnetSelection;

class DefaultVpcNetworkTest {

    private final DefaultVpcNetwork network = new DefaultVpcNetwork(TestApps.stack(), "Network");

    @Test
    void looksUpTheDefaultVpc() {
        assertEquals(TestApps.VPC_ID, network.vpc().getVpcId());
    }

    @Test
    void placesEveryTierInTheDefaultPublicSubnets() {
        for (SubnetSelection selection : new SubnetSelection[] {
                network.computeSubnets(), network.serviceSubnets(), network.databaseSubnets()}) {
            assertEquals(TestApps.SUBNET_IDS, network.vpc().selectSubnets(selection).getSubnetIds());
        }
    }

    /**
     * us-east-1e is use1-az3 in this account ({@link FakeAccount}), a zone without HTTP API VPC
     * links (API Gateway Developer Guide, "Set up VPC links for HTTP APIs"); a VPC link given its
     * subnet would fail to create and roll the stack back.
     */
    @Test
    void givesTheVpcLinkEverySubnetButTheOneInAZoneWithoutVpcLinks() {
        List<String> expected = new ArrayList<>(TestApps.SUBNET_IDS);
        expected.remove(FakeAccount.UNSUPPORTED_ZONE_SUBNET_ID);
        assertEquals(expected, network.vpc().selectSubnets(network.vpcLinkSubnets()).getSubnetIds());
        assertEquals(5, expected.size());
    }

    @Test
    void givesTasksPublicIpsBecauseThereIsNoNatGateway() {
        assertTrue(network.assignPublicIp());
    }
}

package {{package}}.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import {{package}}.TestApps;
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

    @Test
    void givesTasksPublicIpsBecauseThereIsNoNatGateway() {
        assertTrue(network.assignPublicIp());
    }
}

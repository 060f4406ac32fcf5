package com.example.metaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.metaflow.compute.AdditionalQueue;
import com.example.metaflow.compute.ComputeOptions;
import com.example.metaflow.compute.ComputeType;
import com.example.metaflow.datastore.DatastoreEncryption;
import com.example.metaflow.datastore.DatastoreProps;
import com.example.metaflow.metadata.DatabaseEngine;
import com.example.metaflow.metadata.DatabaseOptions;
import com.example.metaflow.metadata.MetadataOptions;
import com.example.metaflow.network.ExistingVpcNetworkProps;
import com.example.metaflow.network.NetworkFactory;
import com.example.metaflow.network.NewVpcNetworkProps;
import com.example.metaflow.ui.UiAuthentication;
import com.example.metaflow.ui.UiOptions;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.cxapi.CloudAssembly;

/** Combinations of the enterprise options: each passes cdk-nag and CloudFormation validation. */
class EnterpriseOptionsTest {

    static Stream<Arguments> combinations() {
        NetworkFactory existing = NetworkFactory.existingVpc(ExistingVpcNetworkProps.builder()
                .vpcId(TestApps.EXISTING_VPC_ID)
                .privateSubnetIds(TestApps.PRIVATE_SUBNET_IDS)
                .databaseSubnetIds(TestApps.ISOLATED_SUBNET_IDS)
                .build());
        NetworkFactory natPerZone = NetworkFactory.newVpc(NewVpcNetworkProps.builder().maxAzs(3).natGateways(3).build());
        NetworkFactory oneNatNoEndpoints = NetworkFactory.newVpc(NewVpcNetworkProps.builder()
                .natGateways(1).interfaceEndpoints(false).build());
        DatabaseOptions aurora = DatabaseOptions.builder().engine(DatabaseEngine.AURORA_POSTGRES).multiAz(true)
                .deletionProtection(true).customerManagedKey(true).build();
        DatabaseOptions postgres = DatabaseOptions.builder().multiAz(true).deletionProtection(true).build();
        UiOptions cognito = UiOptions.builder().domainName("metaflow.example.com").hostedZoneName("example.com").build();
        UiOptions internalOidc = UiOptions.builder().domainName("metaflow.example.com").hostedZoneName("example.com")
                .authentication(UiAuthentication.oidc("https://login.example.com", "https://login.example.com/auth",
                        "https://login.example.com/token", "https://login.example.com/userinfo", "metaflow",
                        "metaflow/oidc-client-secret"))
                .internal(true).build();
        return Stream.of(
                Arguments.of("existing VPC, multi-AZ Postgres, internal URL, alarms, internal OIDC UI", existing,
                        postgres, true, true, internalOidc),
                Arguments.of("new VPC, NAT per zone, Aurora, internal URL, alarms, Cognito UI", natPerZone, aurora,
                        true, true, cognito),
                Arguments.of("new VPC, one NAT, no endpoints, Postgres, API only, no UI", oneNatNoEndpoints, postgres,
                        false, false, null),
                Arguments.of("existing VPC, Aurora, API only, alarms, no UI", existing, aurora, false, true, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("combinations")
    void passesCdkNagAndCloudFormationValidation(String name, NetworkFactory network, DatabaseOptions database,
            boolean internalLoadBalancer, boolean alarms, UiOptions ui) {
        App app = TestApps.app();
        MetaflowStack stack = new MetaflowStack(app, "MetaflowStack", MetaflowStackProps.builder()
                .env(TestApps.ENV)
                .network(network)
                .datastore(DatastoreProps.builder().encryption(DatastoreEncryption.KMS).versioned(true)
                        .serverAccessLogs(internalLoadBalancer).build())
                .compute(ComputeOptions.builder()
                        .computeType(ComputeType.EC2)
                        .additionalQueues(List.of(AdditionalQueue.gpu("Gpu", List.of("g5"), 16)))
                        .hardenedInstances(true)
                        .build())
                .metadata(MetadataOptions.builder()
                        .database(database)
                        .tasks(2)
                        .maxTasks(alarms ? 3 : 2)
                        .internalLoadBalancer(internalLoadBalancer)
                        .build())
                .operations(OperationsOptions.builder().containerInsights(alarms).alarms(alarms).build())
                .ui(ui)
                .build());
        Aspects.of(app).add(new AwsSolutionsChecks());

        CloudAssembly assembly = app.synth();

        assertEquals(List.of(), Findings.cdkNag(stack));
        assertEquals("", Findings.validation(assembly));
    }
}

package com.example.metaflow;

import com.example.metaflow.compute.AdditionalQueue;
import com.example.metaflow.compute.ComputeOptions;
import com.example.metaflow.compute.ComputeType;
import com.example.metaflow.cost.CostOptions;
import com.example.metaflow.datastore.DatastoreEncryption;
import com.example.metaflow.datastore.DatastoreProps;
import com.example.metaflow.metadata.DatabaseEngine;
import com.example.metaflow.metadata.DatabaseOptions;
import com.example.metaflow.metadata.MetadataOptions;
import com.example.metaflow.metadata.ServiceCapacity;
import com.example.metaflow.network.NetworkFactory;
import com.example.metaflow.network.NewVpcNetworkProps;
import com.example.metaflow.secrets.SecretsOptions;
import com.example.metaflow.ui.UiAuthentication;
import com.example.metaflow.ui.UiOptions;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.services.logs.RetentionDays;

/** Entry point of {@code cdk synth}: the enterprise deployment, every choice written out in {@link #configure}. */
public final class MetaflowApp {

    /** The CloudFormation stack name, as {@code cdk deploy} and {@code scripts/metaflow-config} know it. */
    public static final String STACK_NAME = "metaflow";

    private MetaflowApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        configure(app, Environment.builder()
                .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                .region(System.getenv("CDK_DEFAULT_REGION"))
                .build());
        app.synth();
    }

    /**
     * Adds the Metaflow stack, as deployed, to the app, and checks it with cdk-nag's AWS Solutions
     * rules. The tests synthesize exactly this.
     */
    public static MetaflowStack configure(App app, Environment env) {
        MetaflowStack stack = new MetaflowStack(app, STACK_NAME, MetaflowStackProps.builder()
                .env(env)
                .network(NetworkFactory.newVpc(NewVpcNetworkProps.builder()
                        .cidr("10.0.0.0/16")
                        .maxAzs(2)
                        .natGateways(1)
                        .interfaceEndpoints(true)
                        .build()))
                .datastore(DatastoreProps.builder()
                        .encryption(DatastoreEncryption.KMS)
                        .versioned(true)
                        .noncurrentVersionExpiration(Duration.days(90))
                        .serverAccessLogs(true)
                        .build())
                .metadata(MetadataOptions.builder()
                        .enabled(true)
                        .imageTag("v2.5.1")
                        .tasks(2)
                        .maxTasks(4)
                        .internalLoadBalancer(true)
                        .capacity(ServiceCapacity.FARGATE)
                        .restopWhileAsleep(true)
                        .postgresMajorVersion("16")
                        .database(DatabaseOptions.builder()
                                .engine(DatabaseEngine.POSTGRES)
                                .instanceType("t4g.small")
                                .multiAz(true)
                                .deletionProtection(true)
                                .backupRetention(Duration.days(14))
                                .customerManagedKey(true)
                                .build())
                        .build())
                .compute(ComputeOptions.builder()
                        .computeType(ComputeType.EC2)
                        .spot(false)
                        .instanceTypes(List.of("c5", "m5", "r5"))
                        .maxVcpus(256)
                        .additionalQueues(List.of(
                                AdditionalQueue.cpu("Spot", true, List.of("c5", "m5", "r5", "c6i", "m6i", "r6i"), 256),
                                AdditionalQueue.gpu("Gpu", List.of("g4dn", "g5"), 64)
                        ))
                        .hardenedInstances(true)
                        .rootVolumeSize(100)
                        .stepImages(true)
                        .sharedFileSystem(false)
                        .build())
                .retainData(true)
                .operations(OperationsOptions.builder()
                        .terminationProtection(true)
                        .containerInsights(true)
                        .alarms(true)
                        .logRetention(RetentionDays.THREE_MONTHS)
                        .build())
                .secrets(SecretsOptions.builder().enabled(true).build())
                .cost(CostOptions.builder()
                        .tags(Map.of("application", "metaflow", "project", "metaflow-platform", "managed-by", "cdk"))
                        .build())
                .ui(UiOptions.builder()
                        .domainName("metaflow.example.com")
                        .hostedZoneName("example.com")
                        .authentication(UiAuthentication.cognito())
                        .internal(false)
                        .build())
                .build());
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        return stack;
    }
}

package com.example.metaflow;

import com.example.metaflow.compute.ComputeType;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import java.util.List;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;

/** Entry point of {@code cdk synth}: every deployment choice is written out in {@link #configure}. */
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
                .metadataService(true)
                .computeType(ComputeType.EC2)
                .spot(false)
                .instanceTypes(List.of("c5", "m5", "r5"))
                .maxVcpus(64)
                .metadataServiceImageTag("v2.5.1")
                .postgresMajorVersion("16")
                .retainData(true)
                .build());
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        return stack;
    }
}

package com.example.metaflow.stepfunctions;

import com.example.metaflow.MetaflowStack;
import com.example.metaflow.MetaflowStackProps;
import com.example.metaflow.TestApps;
import com.example.metaflow.compute.AdditionalQueue;
import com.example.metaflow.compute.ComputeOptions;
import com.example.metaflow.compute.ComputeType;
import com.example.metaflow.datastore.DatastoreEncryption;
import com.example.metaflow.datastore.DatastoreProps;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.List;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.assertions.Template;

/**
 * The stacks the IAM tests read, synthesized once per test run under cdk-nag's AwsSolutions checks:
 * the defaults, and the options that change Step Functions' permissions: a KMS-encrypted datastore
 * and a further queue, and Fargate (whose execution role job definitions pass).
 */
record TestDeployments(String name, MetaflowStack stack, Template template) {

    private static List<TestDeployments> all;

    static synchronized List<TestDeployments> all() {
        if (all == null) {
            all = List.of(create("defaults", MetaflowStackProps.builder().env(TestApps.ENV).build()),
                    create("kms datastore, spot queue", MetaflowStackProps.builder().env(TestApps.ENV)
                            .datastore(DatastoreProps.builder().encryption(DatastoreEncryption.KMS).build())
                            .compute(ComputeOptions.builder()
                                    .additionalQueues(List.of(AdditionalQueue.cpu("Spot", true, List.of("c6i"), 16)))
                                    .build())
                            .build()),
                    create("fargate", MetaflowStackProps.builder().env(TestApps.ENV)
                            .compute(ComputeOptions.builder().computeType(ComputeType.FARGATE).build()).build()));
        }
        return all;
    }

    private static TestDeployments create(String name, MetaflowStackProps props) {
        App app = TestApps.app();
        Aspects.of(app).add(new AwsSolutionsChecks());
        MetaflowStack stack = new MetaflowStack(app, "MetaflowStack", props);
        return new TestDeployments(name, stack, Template.fromStack(stack));
    }

    /** A resolved token as text (see {@link PolicyStatements#render}). */
    String render(String token) {
        return PolicyStatements.render(stack.resolve(token));
    }

    @Override
    public String toString() {
        return name;
    }
}

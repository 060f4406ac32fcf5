package com.example.metaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.compute.ComputeOptions;
import com.example.metaflow.compute.ComputeType;
import com.example.metaflow.metadata.MetadataOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

class MetaflowStackTest {

    /** Resources that cost money while nothing runs. */
    private static final List<String> ALWAYS_ON_TYPES = List.of("AWS::RDS::DBInstance", "AWS::ECS::Cluster",
            "AWS::ECS::Service", "AWS::ApiGatewayV2::Api", "AWS::ApiGatewayV2::VpcLink",
            "AWS::SecretsManager::Secret", "AWS::Lambda::Function", "AWS::ServiceDiscovery::PrivateDnsNamespace",
            "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::EC2::NatGateway");

    static Stream<Arguments> options() {
        return Stream.of(true, false).flatMap(service -> Stream.of(ComputeType.values()).flatMap(type ->
                Stream.of(false, true).map(spot -> Arguments.of(service, type, spot))));
    }

    @ParameterizedTest(name = "metadataService={0}, computeType={1}, spot={2}")
    @MethodSource("options")
    void passesCdkNagAndCloudFormationValidation(boolean service, ComputeType type, boolean spot) throws IOException {
        App app = TestApps.app();
        MetaflowStack stack = new MetaflowStack(app, "MetaflowStack", MetaflowStackProps.builder()
                .env(TestApps.ENV)
                .metadata(MetadataOptions.builder().enabled(service).build())
                .compute(ComputeOptions.builder().computeType(type).spot(spot).build())
                .retainData(!spot).build());
        Aspects.of(app).add(new AwsSolutionsChecks());

        CloudAssembly assembly = app.synth();

        Annotations annotations = Annotations.fromStack(stack);
        assertEquals(List.of(), annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*")));
        assertEquals(List.of(), annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*")));
        Path reportFile = Path.of(assembly.getDirectory(), "validation-report.json");
        JsonNode report = new ObjectMapper().readTree(reportFile.toFile());
        assertEquals(0, report.get("pluginReports").size(), report.toPrettyString());
    }

    @Test
    void withoutTheMetadataServiceNothingRunsWhileIdle() {
        App app = TestApps.app();
        MetaflowStack stack = new MetaflowStack(app, "MetaflowStack",
                MetaflowStackProps.builder().env(TestApps.ENV)
                        .metadata(MetadataOptions.builder().enabled(false).build()).build());

        Template template = Template.fromStack(stack);
        ALWAYS_ON_TYPES.forEach(type -> template.resourceCountIs(type, 0));
        assertTrue(stack.metadataService().isEmpty());
    }

    @Test
    void usesTheDefaultVpcWithoutCreatingNetworkResources() {
        Template template = Template.fromStack(new MetaflowStack(TestApps.app(), "MetaflowStack",
                MetaflowStackProps.builder().env(TestApps.ENV).build()));

        template.resourceCountIs("AWS::EC2::VPC", 0);
        template.resourceCountIs("AWS::EC2::NatGateway", 0);
        template.resourceCountIs("AWS::ElasticLoadBalancingV2::LoadBalancer", 0);
    }

    @Test
    void passesInstanceTypesToBatch() {
        Template template = Template.fromStack(new MetaflowStack(TestApps.app(), "MetaflowStack",
                MetaflowStackProps.builder().env(TestApps.ENV).compute(ComputeOptions.builder()
                        .instanceTypes(List.of("c6i.large", "c6i.xlarge")).maxVcpus(8).build()).build()));

        template.hasResourceProperties("AWS::Batch::ComputeEnvironment", Map.of("ComputeResources", Match.objectLike(
                Map.of("InstanceTypes", List.of("c6i.large", "c6i.xlarge"), "MaxvCpus", 8))));
    }

    /**
     * Metaflow names state machines {@code <stack>_<FlowName>} and refuses names over 80 characters
     * (Netflix/metaflow {@code metaflow/plugins/aws/step_functions/step_functions_cli.py}); the
     * Cloud Map namespace's first label is the stack name, at most 63 characters (RFC 1035).
     */
    @Test
    void failsOnAStackNameTooLongForTheNamesDerivedFromIt() {
        String name = "m".repeat(StackNames.MAX_LENGTH + 1);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new MetaflowStack(
                TestApps.app(), name, MetaflowStackProps.builder().env(TestApps.ENV).build()));
        assertTrue(error.getMessage().startsWith("The stack name " + name + " has 33 characters; at most 32"),
                error.getMessage());
        new MetaflowStack(TestApps.app(), "m".repeat(StackNames.MAX_LENGTH),
                MetaflowStackProps.builder().env(TestApps.ENV).build());
    }

    @Test
    void failsWithoutAnAccount() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> MetaflowStackProps
                .builder().env(Environment.builder().region("us-east-1").build()).build());
        assertTrue(error.getMessage().contains("got account=null, region=us-east-1"));
    }

    @Test
    void failsWithoutAnEnvironment() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MetaflowStackProps.builder().build());
        assertTrue(error.getMessage().contains("got none"));
    }
}

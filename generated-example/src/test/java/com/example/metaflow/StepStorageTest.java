package com.example.metaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.metaflow.compute.ComputeOptions;
import com.example.metaflow.compute.ComputeType;
import com.example.metaflow.datastore.DatastoreEncryption;
import com.example.metaflow.datastore.DatastoreProps;
import com.example.metaflow.metadata.MetadataOptions;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

/** The step images repository and the shared file system in the whole stack, on and off. */
class StepStorageTest {

    private static MetaflowStack stack(App app, ComputeOptions.Builder compute, DatastoreEncryption encryption) {
        return new MetaflowStack(app, "MetaflowStack", MetaflowStackProps.builder()
                .env(TestApps.ENV)
                .metadata(MetadataOptions.builder().enabled(false).build())
                .datastore(DatastoreProps.builder().encryption(encryption).build())
                .compute(compute.build())
                .build());
    }

    @Test
    void byDefaultTheStackHasTheRepositoryAndItsUriOutputButNoFileSystem() {
        Template template = Template.fromStack(stack(TestApps.app(), ComputeOptions.builder(),
                DatastoreEncryption.S3_MANAGED));

        template.resourceCountIs("AWS::ECR::Repository", 1);
        template.hasOutput("StepImagesRepositoryUri", Map.of("Value", Map.of("Fn::Join", Match.arrayWith(List.of(
                Match.arrayWith(List.of(Map.of("Ref", Match.stringLikeRegexp("StepImagesRepository.*")))))))));
        template.resourceCountIs("AWS::EFS::FileSystem", 0);
        assertEquals(Map.of(), template.findOutputs("FileSystemId"));
    }

    @Test
    void withoutStepImagesThereIsNoRepository() {
        Template template = Template.fromStack(stack(TestApps.app(), ComputeOptions.builder().stepImages(false),
                DatastoreEncryption.S3_MANAGED));

        template.resourceCountIs("AWS::ECR::Repository", 0);
        assertEquals(Map.of(), template.findOutputs("StepImagesRepositoryUri"));
    }

    @Test
    void withAKmsDatastoreBothUseItsKeyAndTheFileSystemIdIsAnOutput() {
        Template template = Template.fromStack(stack(TestApps.app(), ComputeOptions.builder().sharedFileSystem(true),
                DatastoreEncryption.KMS));

        Map<String, Object> key = Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("DatastoreEncryptionKey.*"), "Arn"));
        template.hasResourceProperties("AWS::ECR::Repository", Map.of("EncryptionConfiguration",
                Map.of("EncryptionType", "KMS", "KmsKey", key)));
        template.hasResourceProperties("AWS::EFS::FileSystem", Map.of("KmsKeyId", key, "Encrypted", true));
        template.hasResource("AWS::EFS::FileSystem", Map.of("DeletionPolicy", "Retain"));
        template.hasOutput("FileSystemId", Map.of("Value", Map.of("Ref", Match.stringLikeRegexp("FileSystem.*"))));
    }

    @ParameterizedTest
    @EnumSource(ComputeType.class)
    void everyOptionOnPassesCdkNagAndCloudFormationValidation(ComputeType type) {
        App app = TestApps.app();
        ComputeOptions.Builder compute = ComputeOptions.builder().computeType(type).sharedFileSystem(true);
        if (type == ComputeType.EC2) {
            compute.rootVolumeSize(500);
        }
        MetaflowStack stack = stack(app, compute, DatastoreEncryption.KMS);
        Aspects.of(app).add(new AwsSolutionsChecks());

        CloudAssembly assembly = app.synth();

        assertEquals(List.of(), Findings.cdkNag(stack));
        assertEquals("", Findings.validation(assembly));
    }
}

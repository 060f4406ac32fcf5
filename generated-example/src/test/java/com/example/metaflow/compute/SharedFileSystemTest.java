package com.example.metaflow.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.metaflow.TestApps;
import com.example.metaflow.network.DefaultVpcNetwork;
import com.example.metaflow.network.MetaflowNetwork;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.Bucket;

/**
 * {@link SharedFileSystem} as Metaflow mounts it: Netflix/metaflow
 * {@code metaflow/plugins/aws/batch/batch_client.py} turns each {@code efs_volumes} entry into an
 * {@code efsVolumeConfiguration} with {@code transitEncryption: ENABLED} and no IAM authorization,
 * so only the network decides who mounts.
 */
class SharedFileSystemTest {

    private final Stack stack = TestApps.stack();
    private final MetaflowNetwork network = new DefaultVpcNetwork(stack, "Network");

    private BatchCompute batch(ComputeType computeType) {
        return new BatchCompute(stack, "Batch", BatchComputeProps.builder()
                .network(network).bucket(new Bucket(stack, "Bucket"))
                .compute(ComputeOptions.builder().computeType(computeType).build()).build());
    }

    @Test
    void isEncryptedElasticWithAMountTargetInEachComputeSubnet() {
        new SharedFileSystem(stack, "FileSystem", network, batch(ComputeType.EC2), Optional.empty(), true);

        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::EFS::FileSystem", Map.of(
                "Encrypted", true, "ThroughputMode", "elastic", "PerformanceMode", "generalPurpose",
                "FileSystemPolicy", Match.absent()));
        template.hasResource("AWS::EFS::FileSystem", Map.of("DeletionPolicy", "Retain"));
        template.resourceCountIs("AWS::EFS::MountTarget", TestApps.SUBNET_IDS.size());
        for (String subnet : TestApps.SUBNET_IDS) {
            template.hasResourceProperties("AWS::EFS::MountTarget", Map.of("SubnetId", subnet,
                    "SecurityGroups", List.of(Map.of("Fn::GetAtt", List.of(
                            Match.stringLikeRegexp("FileSystemSecurityGroup.*"), "GroupId")))));
        }
    }

    /** NFS is TCP 2049 (Amazon EFS User Guide, "Using VPC security groups"), from the compute environments' groups only. */
    @ParameterizedTest
    @EnumSource(ComputeType.class)
    void admitsNfsOnlyFromTheBatchSecurityGroup(ComputeType computeType) {
        BatchCompute batch = batch(computeType);
        new SharedFileSystem(stack, "FileSystem", network, batch, Optional.empty(), true);

        Template template = Template.fromStack(stack);
        Map<String, Map<String, Object>> ingress = template.findResources("AWS::EC2::SecurityGroupIngress",
                Map.of("Properties", Map.of("GroupId", Map.of("Fn::GetAtt", List.of(
                        Match.stringLikeRegexp("FileSystemSecurityGroup.*"), "GroupId")))));
        assertEquals(1, ingress.size(), ingress.toString());
        String source = computeType == ComputeType.EC2 ? "BatchNodeSecurityGroup.*"
                : "BatchComputeEnvironmentSecurityGroup.*";
        template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of(
                "IpProtocol", "tcp", "FromPort", 2049, "ToPort", 2049,
                "GroupId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("FileSystemSecurityGroup.*"), "GroupId")),
                "SourceSecurityGroupId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp(source), "GroupId")),
                "Description", Match.anyValue()));
        template.hasResourceProperties("AWS::EC2::SecurityGroup", Map.of(
                "GroupDescription", Match.stringLikeRegexp("Metaflow shared EFS.*"),
                "SecurityGroupIngress", Match.absent(),
                "SecurityGroupEgress", List.of(Match.objectLike(Map.of("CidrIp", "255.255.255.255/32")))));
    }

    /** Amazon EFS User Guide, "Using IAM to control file system data access": mount and write, not root access. */
    @Test
    void theJobRoleMayMountAndWriteThisFileSystemOnly() {
        new SharedFileSystem(stack, "FileSystem", network, batch(ComputeType.EC2), Optional.empty(), true);

        Template.fromStack(stack).hasResourceProperties("AWS::IAM::Policy", Map.of(
                "Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("BatchJobRole.*"))),
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Map.of(
                        "Action", List.of("elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"),
                        "Effect", "Allow",
                        "Resource", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("FileSystem.*"), "Arn"))))))));
    }

    @Test
    void usesTheGivenKeyAndIsDeletedWhenNotRetained() {
        Key key = new Key(stack, "Key");
        new SharedFileSystem(stack, "FileSystem", network, batch(ComputeType.EC2), Optional.of(key), false);

        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::EFS::FileSystem", Map.of(
                "KmsKeyId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Key.*"), "Arn"))));
        template.hasResource("AWS::EFS::FileSystem", Map.of("DeletionPolicy", "Delete"));
    }
}

package com.example.metaflow.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.TestApps;
import com.example.metaflow.images.ContainerImages;
import com.example.metaflow.images.ContainerImagesProps;
import com.example.metaflow.network.DefaultVpcNetwork;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.s3.Bucket;

class BatchComputeTest {

    private final Stack stack = TestApps.stack();
    private final Bucket bucket = new Bucket(stack, "Bucket");
    private final BatchComputeProps.Builder props = BatchComputeProps.builder()
            .network(new DefaultVpcNetwork(stack, "Network"))
            .bucket(bucket);

    @Test
    void ec2ScalesFromZeroToMaxVcpusInThePublicSubnets() {
        new BatchCompute(stack, "Batch", props.compute(ComputeOptions.builder().maxVcpus(32).build()).build());

        Template.fromStack(stack).hasResourceProperties("AWS::Batch::ComputeEnvironment", Map.of(
                "Type", "managed",
                "ComputeResources", Match.objectLike(Map.of(
                        "Type", "EC2",
                        "AllocationStrategy", "BEST_FIT_PROGRESSIVE",
                        "MinvCpus", 0,
                        "MaxvCpus", 32,
                        "InstanceTypes", List.of("c5", "m5", "r5"),
                        "Subnets", TestApps.SUBNET_IDS))));
    }

    /**
     * Metaflow's @parallel runs as a multi-node parallel job (Netflix/metaflow
     * {@code metaflow/plugins/aws/batch/batch_client.py}, {@code nodeProperties}) whose nodes connect
     * to the main node on ports of the framework's choosing, so the instances admit all TCP from
     * their own security group.
     */
    @Test
    void ec2InstancesAdmitAllTcpFromEachOtherForParallelJobs() {
        new BatchCompute(stack, "Batch", props.build());

        Template template = Template.fromStack(stack);
        Map<String, Map<String, Object>> groups = template.findResources("AWS::EC2::SecurityGroup");
        assertEquals(1, groups.size());
        String group = groups.keySet().iterator().next();
        template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of(
                "IpProtocol", "tcp", "FromPort", 0, "ToPort", 65535,
                "GroupId", Map.of("Fn::GetAtt", List.of(group, "GroupId")),
                "SourceSecurityGroupId", Map.of("Fn::GetAtt", List.of(group, "GroupId"))));
        template.hasResourceProperties("AWS::Batch::ComputeEnvironment", Map.of("ComputeResources",
                Match.objectLike(Map.of("SecurityGroupIds", List.of(Map.of("Fn::GetAtt", List.of(group, "GroupId")))))));
    }

    @Test
    void ec2SpotUsesPriceCapacityOptimizedSpot() {
        new BatchCompute(stack, "Batch", props.compute(ComputeOptions.builder().spot(true).build()).build());

        Template.fromStack(stack).hasResourceProperties("AWS::Batch::ComputeEnvironment", Map.of(
                "ComputeResources", Match.objectLike(Map.of(
                        "Type", "SPOT", "AllocationStrategy", "SPOT_PRICE_CAPACITY_OPTIMIZED"))));
    }

    @Test
    void ec2AcceptsInstanceSizesAndFamilies() {
        new BatchCompute(stack, "Batch", props.compute(ComputeOptions.builder().instanceTypes(List.of("c5.large", "m6i", "g4dn.xlarge")).build()).build());

        Template.fromStack(stack).hasResourceProperties("AWS::Batch::ComputeEnvironment", Map.of(
                "ComputeResources", Match.objectLike(Map.of(
                        "InstanceTypes", List.of("c5.large", "g4dn.xlarge", "m6i")))));
    }

    @ParameterizedTest
    @CsvSource({"false, FARGATE", "true, FARGATE_SPOT"})
    void fargateRunsOnFargateOrFargateSpot(boolean spot, String type) {
        new BatchCompute(stack, "Batch", props.compute(ComputeOptions.builder().computeType(ComputeType.FARGATE).spot(spot).maxVcpus(16).build()).build());

        Template.fromStack(stack).hasResourceProperties("AWS::Batch::ComputeEnvironment", Map.of(
                "ComputeResources", Match.objectLike(Map.of("Type", type, "MaxvCpus", 16))));
    }

    @Test
    void queueSendsJobsToTheComputeEnvironment() {
        new BatchCompute(stack, "Batch", props.build());

        Template template = Template.fromStack(stack);
        String computeEnvironment =
                template.findResources("AWS::Batch::ComputeEnvironment").keySet().iterator().next();
        template.hasResourceProperties("AWS::Batch::JobQueue", Map.of(
                "ComputeEnvironmentOrder", List.of(Map.of(
                        "ComputeEnvironment", Map.of("Fn::GetAtt", List.of(computeEnvironment, "ComputeEnvironmentArn")),
                        "Order", 1))));
    }

    @Test
    void jobRoleIsForEcsTasksAndReadsAndWritesTheBucket() {
        BatchCompute batch = new BatchCompute(stack, "Batch", props.build());

        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::IAM::Role", Map.of(
                "AssumeRolePolicyDocument", Map.of("Statement", List.of(Map.of(
                        "Action", "sts:AssumeRole", "Effect", "Allow",
                        "Principal", Map.of("Service", "ecs-tasks.amazonaws.com")))),
                "Description", Match.stringLikeRegexp("datastore")));
        template.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "Roles", List.of(stack.resolve(batch.jobRole().getRoleName())),
                "PolicyDocument", Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Action", Match.arrayWith(List.of("s3:DeleteObject*", "s3:GetObject*", "s3:PutObject")),
                        "Resource", Match.arrayWith(List.of(stack.resolve(bucket.getBucketArn())))))))));
    }

    @Test
    void ec2HasNoFargateExecutionRole() {
        BatchCompute batch = new BatchCompute(stack, "Batch", props.build());

        assertTrue(batch.fargateExecutionRole().isEmpty());
        assertEquals(0, Template.fromStack(stack).findResources("AWS::IAM::Role", Map.of(
                "Properties", Map.of("Description", Match.stringLikeRegexp("Fargate")))).size());
    }

    @Test
    void fargateExecutionRolePullsImagesAndWritesBatchLogs() {
        BatchCompute batch = new BatchCompute(stack, "Batch", props.compute(ComputeOptions.builder().computeType(ComputeType.FARGATE).build()).build());

        assertTrue(batch.fargateExecutionRole().isPresent());
        Template.fromStack(stack).hasResourceProperties("AWS::IAM::Policy", Map.of(
                "PolicyDocument", Map.of("Statement", List.of(
                        Map.of("Action", "ecr:GetAuthorizationToken", "Effect", "Allow", "Resource", "*"),
                        Match.objectLike(Map.of("Resource", "arn:aws:ecr:us-east-1:123456789012:repository/*")),
                        Map.of("Action", List.of("logs:CreateLogStream", "logs:PutLogEvents"), "Effect", "Allow",
                                "Resource", "arn:aws:logs:us-east-1:123456789012:log-group:/aws/batch/job:*")))));
    }

    @Test
    void everyEc2InstanceRolePullsThroughTheCache() {
        ContainerImages images = new ContainerImages(stack, "Images", ContainerImagesProps.builder().build());
        BatchCompute batch = new BatchCompute(stack, "Batch", props.images(images).compute(ComputeOptions.builder()
                .additionalQueues(List.of(AdditionalQueue.gpu("Gpu", List.of("g5"), 8))).build()).build());

        Template template = Template.fromStack(stack);
        // Without a task execution role (Metaflow sets one for Fargate only, batch_client.py), the
        // ECS agent pulls with the instance role, which then needs ecr:BatchImportUpstreamImage
        // ("IAM permissions required to sync an upstream registry", Amazon ECR User Guide).
        Map<String, Object> ec2Trust = Map.of("Statement", List.of(Match.objectLike(Map.of(
                "Principal", Map.of("Service", "ec2.amazonaws.com")))));
        Set<String> instanceRoles = template.findResources("AWS::IAM::Role", Map.of("Properties", Map.of(
                "AssumeRolePolicyDocument", Match.objectLike(ec2Trust)))).keySet();
        Map<String, Object> importStatement = Map.of(
                "Action", Match.arrayWith(List.of("ecr:BatchImportUpstreamImage", "ecr:CreateRepository")),
                "Resource", "arn:aws:ecr:us-east-1:123456789012:repository/" + images.repositoryPrefix().orElseThrow()
                        + "/*");
        Set<Object> pullingRoles = template.findResources("AWS::IAM::Policy", Map.of("Properties", Map.of(
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(importStatement)))))))
                .values().stream()
                .flatMap(policy -> ((List<?>) ((Map<?, ?>) policy.get("Properties")).get("Roles")).stream())
                .collect(Collectors.toSet());
        assertEquals(2, instanceRoles.size());
        assertEquals(instanceRoles.stream().map(role -> Map.of("Ref", role)).collect(Collectors.toSet()), pullingRoles);
        assertEquals(images.batchContainerRegistry(), batch.containerRegistry());
    }

    @Test
    void fargateExecutionRolePullsThroughTheCache() {
        ContainerImages images = new ContainerImages(stack, "Images", ContainerImagesProps.builder().build());
        BatchCompute batch = new BatchCompute(stack, "Batch", props.images(images).compute(ComputeOptions.builder().computeType(ComputeType.FARGATE).build()).build());

        Template.fromStack(stack).hasResourceProperties("AWS::IAM::Policy", Map.of(
                "Roles", List.of(stack.resolve(batch.fargateExecutionRole().orElseThrow().getRoleName())),
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", Match.arrayWith(List.of("ecr:BatchImportUpstreamImage")))))))));
    }

    @Test
    void withoutTheCacheJobsNameNoContainerRegistry() {
        assertTrue(new BatchCompute(stack, "Batch", props.build()).containerRegistry().isEmpty());
    }

    @Test
    void failsWhenMaxVcpusIsBelowOne() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> props.compute(ComputeOptions.builder().maxVcpus(0).build()).build());
        assertTrue(error.getMessage().contains("maxVcpus must be at least 1, got 0"));
    }

    @Test
    void failsWhenEc2InstanceTypesAreEmpty() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> props.compute(ComputeOptions.builder().instanceTypes(List.of()).build()).build());
        assertTrue(error.getMessage().contains("must not be empty for computeType EC2"));
    }

    @Test
    void failsWhenFargateIsGivenInstanceTypes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> props.compute(ComputeOptions.builder().computeType(ComputeType.FARGATE).instanceTypes(List.of("c5")).build()).build());
        assertTrue(error.getMessage().contains("instanceTypes only applies to EC2, got [c5]"));
    }

    @ParameterizedTest
    @CsvSource({"C5.large", "c5.", "warp9", "c5 large"})
    void failsOnSomethingThatIsNotAnInstanceType(String instanceType) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> props.compute(ComputeOptions.builder().instanceTypes(List.of(instanceType)).build()).build());
        assertTrue(error.getMessage().contains("\"" + instanceType + "\", which is not an EC2 instance type"));
    }
}

package com.example.metaflow.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.TestApps;
import com.example.metaflow.network.DefaultVpcNetwork;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.s3.Bucket;

/** {@link ComputeOptions}: its documented defaults and the checks its build() makes before any synthesis. */
class ComputeOptionsTest {

    @Test
    void defaultsToOnDemandEc2OnWidelyOfferedFamilies() {
        ComputeOptions options = ComputeOptions.builder().build();

        assertEquals(ComputeType.EC2, options.computeType());
        assertEquals(false, options.spot());
        assertEquals(List.of("c5", "m5", "r5"), options.instanceTypes());
        assertEquals(64, options.maxVcpus());
        assertEquals(List.of(), options.additionalQueues());
        assertEquals(false, options.hardenedInstances());
        assertEquals(Optional.empty(), options.rootVolumeSize());
        assertEquals(true, options.stepImages());
        assertEquals(false, options.sharedFileSystem());
    }

    @Test
    void fargateHasNoInstanceTypes() {
        assertEquals(List.of(), ComputeOptions.builder().computeType(ComputeType.FARGATE).build().instanceTypes());
    }

    @Test
    void failsOnEc2OnlyOptionsWithFargate() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ComputeOptions.builder()
                .computeType(ComputeType.FARGATE).hardenedInstances(true).build());
        assertTrue(error.getMessage().contains("apply to EC2 only, got computeType FARGATE with 0 additional"
                + " queue(s), hardened instances true"), error.getMessage());
    }

    @Test
    void failsOnMaxVcpusBelowOneBeforeAnyConstructExists() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ComputeOptions.builder().maxVcpus(0).build());
        assertTrue(error.getMessage().contains("maxVcpus must be at least 1, got 0"), error.getMessage());
    }

    @Test
    void batchComputePropsTakesEveryChoice() {
        ComputeOptions options = ComputeOptions.builder().spot(true).instanceTypes(List.of("c6i")).maxVcpus(8)
                .additionalQueues(List.of(AdditionalQueue.gpu("Gpu", List.of("g5"), 4))).hardenedInstances(true)
                .rootVolumeSize(300).build();
        BatchComputeProps.Builder props = BatchComputeProps.builder().compute(options);
        Stack stack = TestApps.stack();
        BatchComputeProps built = props.network(new DefaultVpcNetwork(stack, "Network"))
                .bucket(new Bucket(stack, "Bucket")).build();

        assertEquals(options, new ComputeOptions(built.computeType(), built.spot(), built.instanceTypes(),
                built.maxVcpus(), built.additionalQueues(), built.hardenedInstances(), built.rootVolumeSize(), true, false));
    }
}

package com.example.metaflow.compute;

import java.util.List;
import software.amazon.awscdk.services.ec2.BlockDevice;
import software.amazon.awscdk.services.ec2.BlockDeviceVolume;
import software.amazon.awscdk.services.ec2.EbsDeviceOptions;
import software.amazon.awscdk.services.ec2.EbsDeviceVolumeType;
import software.amazon.awscdk.services.ec2.ILaunchTemplate;
import software.amazon.awscdk.services.ec2.LaunchTemplate;
import software.constructs.Construct;

/**
 * The one launch template of every Batch EC2 compute environment (the default queue and the
 * additional ones), made when {@link BatchComputeProps#hardenedInstances()} or
 * {@link BatchComputeProps#rootVolumeSize()} asks for one. It sets the root volume: encrypted gp3
 * of the given size (hardened without a size: {@value #HARDENED_ROOT_VOLUME_GIB} GiB), on
 * {@code /dev/xvda}, where images, container layers and the steps' scratch space live. The default
 * queue names no image type, so Batch boots its default ECS-optimized image (Amazon Linux 2023 for
 * compute environments created since January 2026, Amazon Linux 2 before; "Ec2Configuration", AWS
 * Batch API Reference), and the GPU queue the ECS-optimized AL2023 NVIDIA image; both have their root
 * volume on {@code /dev/xvda}. AWS Batch User Guide, "Use Amazon EC2 launch templates with AWS
 * Batch": a launch template's block device mapping on {@code /dev/xvda} resizes and encrypts that
 * volume of the default AMI; settings the compute
 * environment also has (instance types, subnets, security groups) are taken from the compute
 * environment, and Batch copies the rest into a launch template of its own. Hardened: IMDSv2 only,
 * with a hop limit of 2 so SDKs inside containers still reach the metadata service.
 */
final class InstanceLaunchTemplate {

    static final int HARDENED_ROOT_VOLUME_GIB = 100;

    /**
     * Smallest root volume: EC2 refuses one smaller than the image's root snapshot, which is 30 GiB
     * for the ECS-optimized Amazon Linux 2023 images.
     */
    static final int MIN_ROOT_VOLUME_GIB = 30;

    /** Largest gp3 volume: 16 TiB (Amazon EBS User Guide, "Amazon EBS General Purpose SSD volumes"). */
    static final int MAX_ROOT_VOLUME_GIB = 16_384;

    private InstanceLaunchTemplate() {
    }

    /** Throws unless {@code size} (GiB, null for none) fits the image and gp3, on EC2. */
    static void checkRootVolumeSize(ComputeType computeType, Integer size) {
        if (size == null) {
            return;
        }
        if (computeType == ComputeType.FARGATE) {
            throw new IllegalArgumentException("rootVolumeSize applies to EC2 only, got " + size
                    + " GiB with computeType FARGATE. Fargate steps use @batch(ephemeral_storage=...) instead.");
        }
        if (size < MIN_ROOT_VOLUME_GIB || size > MAX_ROOT_VOLUME_GIB) {
            throw new IllegalArgumentException("rootVolumeSize must be " + MIN_ROOT_VOLUME_GIB + " to "
                    + MAX_ROOT_VOLUME_GIB + " GiB, got " + size + ". The image's root snapshot is "
                    + MIN_ROOT_VOLUME_GIB + " GiB and a gp3 volume at most 16 TiB.");
        }
    }

    /** The launch template, or null when neither hardening nor a root volume size is asked for. */
    static ILaunchTemplate create(Construct scope, BatchComputeProps props) {
        if (!props.hardenedInstances() && props.rootVolumeSize().isEmpty()) {
            return null;
        }
        int size = props.rootVolumeSize().orElse(HARDENED_ROOT_VOLUME_GIB);
        LaunchTemplate.Builder builder = LaunchTemplate.Builder.create(scope, "LaunchTemplate")
                .blockDevices(List.of(BlockDevice.builder()
                        .deviceName("/dev/xvda")
                        .volume(BlockDeviceVolume.ebs(size, EbsDeviceOptions.builder()
                                .encrypted(true)
                                .volumeType(EbsDeviceVolumeType.GP3)
                                .deleteOnTermination(true)
                                .build()))
                        .build()));
        if (props.hardenedInstances()) {
            builder.requireImdsv2(true).httpPutResponseHopLimit(2);
        }
        return builder.build();
    }
}

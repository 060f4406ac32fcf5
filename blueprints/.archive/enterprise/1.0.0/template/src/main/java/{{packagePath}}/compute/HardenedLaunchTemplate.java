package {{package}}.compute;

import java.util.List;
import software.amazon.awscdk.services.ec2.BlockDevice;
import software.amazon.awscdk.services.ec2.BlockDeviceVolume;
import software.amazon.awscdk.services.ec2.EbsDeviceOptions;
import software.amazon.awscdk.services.ec2.EbsDeviceVolumeType;
import software.amazon.awscdk.services.ec2.ILaunchTemplate;
import software.amazon.awscdk.services.ec2.LaunchTemplate;
import software.constructs.Construct;

/**
 * The launch template of Batch EC2 instances when {@link BatchComputeProps#hardenedInstances()}:
 * IMDSv2 only, with a hop limit of 2 so SDKs inside containers still reach the metadata service,
 * and an encrypted 100 GiB gp3 root volume ({@code /dev/xvda} of the ECS Amazon Linux 2023 images)
 * for images and scratch space.
 */
final class HardenedLaunchTemplate {

    static final int ROOT_VOLUME_GIB = 100;

    private HardenedLaunchTemplate() {
    }

    static ILaunchTemplate create(Construct scope) {
        return LaunchTemplate.Builder.create(scope, "LaunchTemplate")
                .requireImdsv2(true)
                .httpPutResponseHopLimit(2)
                .blockDevices(List.of(BlockDevice.builder()
                        .deviceName("/dev/xvda")
                        .volume(BlockDeviceVolume.ebs(ROOT_VOLUME_GIB, EbsDeviceOptions.builder()
                                .encrypted(true)
                                .volumeType(EbsDeviceVolumeType.GP3)
                                .deleteOnTermination(true)
                                .build()))
                        .build()))
                .build();
    }
}

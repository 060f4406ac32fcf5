package com.example.metaflow.compute;

import com.example.metaflow.network.MetaflowNetwork;
import java.util.Optional;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.efs.FileSystem;
import software.amazon.awscdk.services.efs.IFileSystem;
import software.amazon.awscdk.services.efs.PerformanceMode;
import software.amazon.awscdk.services.efs.ThroughputMode;
import software.amazon.awscdk.services.kms.IKey;
import software.constructs.Construct;

/**
 * An encrypted EFS file system that {@code @batch} steps mount with
 * {@code @batch(efs_volumes=["<FileSystemId>:/mnt/shared"])}, on EC2 and on Fargate (platform
 * version 1.4.0 or later, which Batch uses by default; AWS Batch User Guide, "Amazon EFS volumes").
 *
 * <p>How Metaflow mounts it (Netflix/metaflow {@code metaflow/plugins/aws/batch/batch_client.py}):
 * each {@code efs_volumes} entry, {@code "<id>"} or {@code "<id>:<container path>"} (default
 * {@code /mnt/<id>}), becomes an {@code efsVolumeConfiguration} with {@code transitEncryption:
 * ENABLED} and no {@code authorizationConfig}, so the mount is TLS but anonymous: IAM is not
 * asked ("EFS IAM authorization requires ... iam: ENABLED"), and what lets a job in is the network.
 * Hence: a mount target in each compute subnet's zone, NFS (2049) admitted from the Batch compute
 * environments' security groups only, and no file system policy (the {@code denyAnonymousAccess}
 * flag's default policy would refuse these anonymous mounts). The job role still gets
 * {@code ClientMount} and {@code ClientWrite} on this file system, for mounts that do use IAM
 * authorization (a job definition of your own); no {@code ClientRootAccess}.
 *
 * <p>Elastic throughput: no charge while idle, $0.30/GB-month stored plus $0.03/GB read and
 * $0.06/GB written in us-east-1 (Amazon EFS pricing); mount targets are free.
 */
public final class SharedFileSystem extends Construct {

    private final FileSystem fileSystem;

    public SharedFileSystem(Construct scope, String id, MetaflowNetwork network, BatchCompute batch,
            Optional<IKey> encryptionKey, boolean retain) {
        super(scope, id);
        SecurityGroup group = SecurityGroup.Builder.create(this, "SecurityGroup")
                .vpc(network.vpc())
                .description("Metaflow shared EFS: NFS from the Batch compute environments only")
                .allowAllOutbound(false)
                .build();
        FileSystem.Builder builder = FileSystem.Builder.create(this, "Resource")
                .vpc(network.vpc())
                .vpcSubnets(SubnetSelection.builder()
                        .subnets(network.vpc().selectSubnets(network.computeSubnets()).getSubnets())
                        .onePerAz(true)
                        .build())
                .securityGroup(group)
                .encrypted(true)
                .throughputMode(ThroughputMode.ELASTIC)
                .performanceMode(PerformanceMode.GENERAL_PURPOSE)
                .allowAnonymousAccess(true)
                .removalPolicy(retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY);
        encryptionKey.ifPresent(builder::kmsKey);
        this.fileSystem = builder.build();
        batch.computeEnvironments().forEach(environment ->
                fileSystem.getConnections().allowDefaultPortFrom(environment, "NFS from Metaflow Batch jobs"));
        fileSystem.grant(batch.jobRole(), "elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite");
    }

    /** The file system; its id is the stack output {@code FileSystemId}. */
    public IFileSystem fileSystem() {
        return fileSystem;
    }
}

package com.example.metaflow;

import com.example.metaflow.compute.BatchCompute;
import com.example.metaflow.compute.SharedFileSystem;
import com.example.metaflow.datastore.Datastore;
import com.example.metaflow.images.StepImages;
import com.example.metaflow.images.StepImagesProps;
import com.example.metaflow.network.MetaflowNetwork;
import java.util.Optional;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;

/**
 * What steps store besides the datastore, each optional: the team's step images repository and
 * the shared EFS file system, with the stack outputs that name them. Both use the datastore's
 * KMS key where it has one and follow {@code retainData}.
 */
final class StepStorage {

    private StepStorage() {
    }

    /** The step images repository and its {@code StepImagesRepositoryUri} output, or empty. */
    static Optional<StepImages> stepImages(Stack stack, boolean enabled, BatchCompute batch, Datastore datastore,
            boolean retainData) {
        if (!enabled) {
            return Optional.empty();
        }
        StepImagesProps.Builder props = StepImagesProps.builder().retain(retainData);
        datastore.encryptionKey().ifPresent(props::encryptionKey);
        StepImages images = new StepImages(stack, "StepImages", props.build());
        batch.imagePullingRoles().forEach(images::grantPull);
        CfnOutput.Builder.create(stack, "StepImagesRepositoryUri")
                .description("ECR repository of your step images: just push-image DIR TAG, then"
                        + " @batch(image=\"<this URI>:TAG\")")
                .value(images.repository().getRepositoryUri())
                .build();
        return Optional.of(images);
    }

    /** The shared file system and its {@code FileSystemId} output, or empty. */
    static Optional<SharedFileSystem> fileSystem(Stack stack, boolean enabled, MetaflowNetwork network,
            BatchCompute batch, Datastore datastore, boolean retainData) {
        if (!enabled) {
            return Optional.empty();
        }
        SharedFileSystem fileSystem = new SharedFileSystem(stack, "FileSystem", network, batch,
                datastore.encryptionKey(), retainData);
        CfnOutput.Builder.create(stack, "FileSystemId")
                .description("Shared EFS file system of the steps: @batch(efs_volumes=[\"<this id>:/mnt/shared\"])")
                .value(fileSystem.fileSystem().getFileSystemId())
                .build();
        return Optional.of(fileSystem);
    }
}

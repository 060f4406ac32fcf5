package com.example.metaflow.compute;

import com.example.metaflow.images.ContainerImages;
import com.example.metaflow.network.MetaflowNetwork;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * Properties of {@link BatchCompute}.
 *
 * @param network where the compute environment runs
 * @param bucket the Metaflow datastore bucket that jobs read and write
 * @param computeType EC2 or Fargate
 * @param spot whether to use Spot capacity
 * @param instanceTypes EC2 instance types or families; empty for Fargate
 * @param maxVcpus upper bound of the compute environment
 * @param additionalQueues further EC2 queues next to the default one
 * @param hardenedInstances whether EC2 instances start from a launch template enforcing IMDSv2 and encrypted EBS
 * @param images the stack's pull-through cache, absent to pull images from their registries
 * @param rootVolumeSize root volume of every EC2 instance in GiB; empty for the image's own (100 GiB when hardened)
 */
public record BatchComputeProps(MetaflowNetwork network, IBucket bucket, ComputeType computeType,
        boolean spot, List<String> instanceTypes, int maxVcpus, List<AdditionalQueue> additionalQueues,
        boolean hardenedInstances, Optional<ContainerImages> images, Optional<Integer> rootVolumeSize) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link BatchComputeProps}. */
    public static final class Builder {
        private MetaflowNetwork network;
        private IBucket bucket;
        private ComputeType computeType = ComputeType.EC2;
        private boolean spot;
        private List<String> instanceTypes;
        private int maxVcpus = ComputeOptions.DEFAULT_MAX_VCPUS;
        private List<AdditionalQueue> additionalQueues = List.of();
        private boolean hardenedInstances;
        private ContainerImages images;
        private Integer rootVolumeSize;

        /** Where the compute environment runs. Required. */
        public Builder network(MetaflowNetwork network) {
            this.network = network;
            return this;
        }

        /** The datastore bucket the job role may read and write. Required. */
        public Builder bucket(IBucket bucket) {
            this.bucket = bucket;
            return this;
        }

        /** What runs the jobs. @default {@link ComputeType#EC2} */
        public Builder computeType(ComputeType computeType) {
            this.computeType = computeType;
            return this;
        }

        /** Use Spot capacity (EC2 Spot or Fargate Spot); steps may be interrupted. @default false */
        public Builder spot(boolean spot) {
            this.spot = spot;
            return this;
        }

        /**
         * EC2 instance types ("c5.large") or families ("c5"). Only for {@link ComputeType#EC2}.
         *
         * @default {@link ComputeOptions#DEFAULT_INSTANCE_TYPES} for EC2, none for Fargate
         */
        public Builder instanceTypes(List<String> instanceTypes) {
            this.instanceTypes = List.copyOf(instanceTypes);
            return this;
        }

        /** Most vCPUs running at once; the minimum is always 0, so idle costs nothing. @default 64 */
        public Builder maxVcpus(int maxVcpus) {
            this.maxVcpus = maxVcpus;
            return this;
        }

        /**
         * Further EC2 queues (e.g. Spot CPU, GPU), each on its own compute environment; EC2 only.
         * The first queue stays {@code METAFLOW_BATCH_JOB_QUEUE}.
         *
         * @default none
         */
        public Builder additionalQueues(List<AdditionalQueue> additionalQueues) {
            this.additionalQueues = List.copyOf(additionalQueues);
            return this;
        }

        /**
         * Start EC2 instances from a launch template that requires IMDSv2 (hop limit 2, for
         * containers) and gives them a 100 GiB encrypted gp3 root volume; EC2 only.
         *
         * @default false: the Batch default image's settings
         */
        public Builder hardenedInstances(boolean hardenedInstances) {
            this.hardenedInstances = hardenedInstances;
            return this;
        }

        /** Root volume of every EC2 instance in GiB; see {@link ComputeOptions.Builder#rootVolumeSize}. @default none */
        public Builder rootVolumeSize(Integer rootVolumeSize) {
            this.rootVolumeSize = rootVolumeSize;
            return this;
        }

        /** All of what runs the jobs at once, as the stack's {@link ComputeOptions} choose it. */
        public Builder compute(ComputeOptions compute) {
            this.computeType = compute.computeType();
            this.spot = compute.spot();
            this.instanceTypes = compute.instanceTypes();
            this.maxVcpus = compute.maxVcpus();
            this.additionalQueues = compute.additionalQueues();
            this.hardenedInstances = compute.hardenedInstances();
            this.rootVolumeSize = compute.rootVolumeSize().orElse(null);
            return this;
        }

        /**
         * Let the EC2 instance roles (or the Fargate execution role) pull through this cache, and
         * name its Docker library as the jobs' container registry ({@link BatchCompute#containerRegistry()}).
         *
         * @default none: images such as Metaflow's default {@code python:X.Y} come from Docker Hub
         */
        public Builder images(ContainerImages images) {
            this.images = images;
            return this;
        }

        public BatchComputeProps build() {
            Objects.requireNonNull(network, "network is required");
            Objects.requireNonNull(bucket, "bucket is required");
            ComputeOptions checked = ComputeOptions.builder().computeType(computeType).spot(spot)
                    .instanceTypes(instanceTypes).maxVcpus(maxVcpus).additionalQueues(additionalQueues)
                    .hardenedInstances(hardenedInstances).rootVolumeSize(rootVolumeSize).build();
            return new BatchComputeProps(network, bucket, checked.computeType(), checked.spot(),
                    checked.instanceTypes(), checked.maxVcpus(), checked.additionalQueues(),
                    checked.hardenedInstances(), Optional.ofNullable(images), checked.rootVolumeSize());
        }
    }
}

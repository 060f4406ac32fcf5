package com.example.metaflow.compute;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What runs {@code @batch} steps: the AWS Batch queues of {@link BatchCompute}, as the stack's
 * props choose them.
 *
 * @param computeType EC2 or Fargate
 * @param spot whether Batch uses Spot capacity
 * @param instanceTypes EC2 instance types or families ({@link #DEFAULT_INSTANCE_TYPES} unless chosen); empty for Fargate
 * @param maxVcpus most vCPUs Batch runs at once
 * @param additionalQueues further EC2 queues next to the default one
 * @param hardenedInstances whether EC2 instances enforce IMDSv2 and encrypted root volumes
 * @param rootVolumeSize root volume of every EC2 instance in GiB; empty for the image's own (100 GiB when hardened)
 * @param stepImages whether the stack has an ECR repository for the team's step images
 * @param sharedFileSystem whether the stack has an EFS file system that steps mount
 */
public record ComputeOptions(ComputeType computeType, boolean spot, List<String> instanceTypes, int maxVcpus,
        List<AdditionalQueue> additionalQueues, boolean hardenedInstances, Optional<Integer> rootVolumeSize,
        boolean stepImages, boolean sharedFileSystem) {

    /** Widely offered families, so jobs rarely sit in RUNNABLE for want of an instance type. */
    public static final List<String> DEFAULT_INSTANCE_TYPES = List.of("c5", "m5", "r5");

    /** Default upper bound of the compute environment. */
    public static final int DEFAULT_MAX_VCPUS = 64;

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ComputeOptions}. */
    public static final class Builder {
        private ComputeType computeType = ComputeType.EC2;
        private boolean spot;
        private List<String> instanceTypes;
        private int maxVcpus = DEFAULT_MAX_VCPUS;
        private List<AdditionalQueue> additionalQueues = List.of();
        private boolean hardenedInstances;
        private Integer rootVolumeSize;
        private boolean stepImages = true;
        private boolean sharedFileSystem;

        /** What runs {@code @batch} steps. @default {@link ComputeType#EC2} */
        public Builder computeType(ComputeType computeType) {
            this.computeType = computeType;
            return this;
        }

        /** Use Spot capacity (EC2 Spot or Fargate Spot); steps may be interrupted and retried. @default false */
        public Builder spot(boolean spot) {
            this.spot = spot;
            return this;
        }

        /**
         * EC2 instance types ("c5.large") or families ("c5"); only for {@link ComputeType#EC2}; null
         * for the default.
         *
         * @default {@link #DEFAULT_INSTANCE_TYPES} for EC2, none for Fargate
         */
        public Builder instanceTypes(List<String> instanceTypes) {
            this.instanceTypes = instanceTypes == null ? null : List.copyOf(instanceTypes);
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

        /**
         * Root volume of every EC2 instance, in GiB (gp3, encrypted), through the compute
         * environments' launch template: room for large images and for the datasets steps
         * download to local disk. The instances of all queues get it; Fargate steps ask for their
         * own with {@code @batch(ephemeral_storage=...)} instead. EC2 only; null for the default.
         *
         * @default none: the image's own root volume, or 100 GiB with {@link #hardenedInstances}
         */
        public Builder rootVolumeSize(Integer rootVolumeSize) {
            this.rootVolumeSize = rootVolumeSize;
            return this;
        }

        /**
         * An ECR repository for the team's own step images ({@code just push-image DIR TAG}, then
         * {@code @batch(image="<StepImagesRepositoryUri>:TAG")}), which the Batch roles may pull
         * from: scan on push, immutable tags, old images expire ({@code images/StepImages}). An
         * empty repository costs nothing; images $0.10/GB-month.
         *
         * @default true
         */
        public Builder stepImages(boolean stepImages) {
            this.stepImages = stepImages;
            return this;
        }

        /**
         * An encrypted EFS file system, mounted by steps with
         * {@code @batch(efs_volumes=["<FileSystemId>:/mnt/shared"])} on EC2 and Fargate, reachable
         * from the Batch security groups only ({@code compute/SharedFileSystem}). Costs nothing
         * empty; $0.30/GB-month stored plus $0.03/GB read and $0.06/GB written (elastic throughput).
         *
         * @default false
         */
        public Builder sharedFileSystem(boolean sharedFileSystem) {
            this.sharedFileSystem = sharedFileSystem;
            return this;
        }

        public ComputeOptions build() {
            Objects.requireNonNull(computeType, "computeType is required");
            if (maxVcpus < 1) {
                throw new IllegalArgumentException("maxVcpus must be at least 1, got " + maxVcpus
                        + ". It caps the vCPUs Batch may run at once; idle capacity is always 0.");
            }
            if (computeType == ComputeType.FARGATE && (hardenedInstances || !additionalQueues.isEmpty())) {
                throw new IllegalArgumentException("additionalQueues and hardenedInstances apply to EC2 only, got"
                        + " computeType FARGATE with " + additionalQueues.size() + " additional queue(s), hardened"
                        + " instances " + hardenedInstances + ". Use computeType EC2 or drop those options.");
            }
            InstanceLaunchTemplate.checkRootVolumeSize(computeType, rootVolumeSize);
            long distinct = additionalQueues.stream().map(AdditionalQueue::name).distinct().count();
            if (distinct < additionalQueues.size()) {
                throw new IllegalArgumentException("additionalQueues names must be unique, got "
                        + additionalQueues.stream().map(AdditionalQueue::name).toList() + ". Rename the duplicates.");
            }
            return new ComputeOptions(computeType, spot, checkedInstanceTypes(), maxVcpus, additionalQueues,
                    hardenedInstances, Optional.ofNullable(rootVolumeSize), stepImages, sharedFileSystem);
        }

        private List<String> checkedInstanceTypes() {
            if (computeType == ComputeType.FARGATE) {
                if (instanceTypes != null && !instanceTypes.isEmpty()) {
                    throw new IllegalArgumentException("instanceTypes only applies to EC2, got " + instanceTypes
                            + " with computeType FARGATE. Remove instanceTypes or set computeType EC2.");
                }
                return List.of();
            }
            if (instanceTypes == null) {
                return DEFAULT_INSTANCE_TYPES;
            }
            if (instanceTypes.isEmpty()) {
                throw new IllegalArgumentException("instanceTypes must not be empty for computeType EC2, got []."
                        + " List instance types or families, e.g. [\"c5\", \"m5\"], or omit it for "
                        + DEFAULT_INSTANCE_TYPES + ".");
            }
            InstanceTypes.check(instanceTypes);
            return instanceTypes;
        }
    }
}

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
 * @param compute what runs the jobs: EC2 or Fargate, Spot, instance types, vCPUs, queues, launch template
 * @param images the stack's pull-through cache, absent to pull images from their registries
 */
public record BatchComputeProps(MetaflowNetwork network, IBucket bucket, ComputeOptions compute,
        Optional<ContainerImages> images) {

    public static Builder builder() {
        return new Builder();
    }

    /** EC2 or Fargate. */
    public ComputeType computeType() {
        return compute.computeType();
    }

    /** Whether to use Spot capacity. */
    public boolean spot() {
        return compute.spot();
    }

    /** EC2 instance types or families; empty for Fargate. */
    public List<String> instanceTypes() {
        return compute.instanceTypes();
    }

    /** Upper bound of the compute environment. */
    public int maxVcpus() {
        return compute.maxVcpus();
    }

    /** Further EC2 queues next to the default one. */
    public List<AdditionalQueue> additionalQueues() {
        return compute.additionalQueues();
    }

    /** Whether EC2 instances start from a launch template enforcing IMDSv2 and encrypted EBS. */
    public boolean hardenedInstances() {
        return compute.hardenedInstances();
    }

    /** Root volume of every EC2 instance in GiB; empty for the image's own (100 GiB when hardened). */
    public Optional<Integer> rootVolumeSize() {
        return compute.rootVolumeSize();
    }

    /** Builder of {@link BatchComputeProps}. */
    public static final class Builder {
        private MetaflowNetwork network;
        private IBucket bucket;
        private ComputeOptions compute = ComputeOptions.builder().build();
        private ContainerImages images;

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

        /** What runs the jobs, as the stack's {@link ComputeOptions} choose it. @default {@link ComputeOptions} defaults */
        public Builder compute(ComputeOptions compute) {
            this.compute = Objects.requireNonNull(compute, "compute");
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
            return new BatchComputeProps(network, bucket, compute, Optional.ofNullable(images));
        }
    }
}

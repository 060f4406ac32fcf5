package com.example.metaflow.compute;

import com.example.metaflow.images.ContainerImages;
import com.example.metaflow.network.MetaflowNetwork;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awscdk.services.ec2.InstanceClass;
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
 */
public record BatchComputeProps(MetaflowNetwork network, IBucket bucket, ComputeType computeType,
        boolean spot, List<String> instanceTypes, int maxVcpus, List<AdditionalQueue> additionalQueues,
        boolean hardenedInstances, Optional<ContainerImages> images) {

    /** Widely offered families, so jobs rarely sit in RUNNABLE for want of an instance type. */
    public static final List<String> DEFAULT_INSTANCE_TYPES = List.of("c5", "m5", "r5");

    /** Default upper bound of the compute environment. */
    public static final int DEFAULT_MAX_VCPUS = 64;

    private static final Pattern INSTANCE_TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9]+)?");

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
        private int maxVcpus = DEFAULT_MAX_VCPUS;
        private List<AdditionalQueue> additionalQueues = List.of();
        private boolean hardenedInstances;
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
         * @default {@link BatchComputeProps#DEFAULT_INSTANCE_TYPES} for EC2, none for Fargate
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
            long distinct = additionalQueues.stream().map(AdditionalQueue::name).distinct().count();
            if (distinct < additionalQueues.size()) {
                throw new IllegalArgumentException("additionalQueues names must be unique, got "
                        + additionalQueues.stream().map(AdditionalQueue::name).toList() + ". Rename the duplicates.");
            }
            return new BatchComputeProps(network, bucket, computeType, spot, checkedInstanceTypes(), maxVcpus,
                    additionalQueues, hardenedInstances, Optional.ofNullable(images));
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
            checkInstanceTypes(instanceTypes);
            return instanceTypes;
        }
    }

    /** Throws when one of {@code instanceTypes} is neither an EC2 instance type nor a family CDK knows. */
    static void checkInstanceTypes(List<String> instanceTypes) {
        for (String type : instanceTypes) {
            if (!INSTANCE_TYPE.matcher(type).matches() || (isFamily(type) && instanceClass(type).isEmpty())) {
                throw new IllegalArgumentException("instanceTypes contains \"" + type + "\", which is not an"
                        + " EC2 instance type or family. Use names like \"c5.large\" or \"m5\".");
            }
        }
    }

    /** Whether {@code instanceType} names a whole family ("c5") rather than one size ("c5.large"). */
    static boolean isFamily(String instanceType) {
        return !instanceType.contains(".");
    }

    /** The instance class of a family name, if CDK knows it. */
    static Optional<InstanceClass> instanceClass(String family) {
        try {
            return Optional.of(InstanceClass.valueOf(family.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}

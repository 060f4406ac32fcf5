package com.example.metaflow;

import com.example.metaflow.compute.ComputeOptions;
import com.example.metaflow.cost.CostOptions;
import com.example.metaflow.datastore.DatastoreProps;
import com.example.metaflow.images.ContainerImagesProps;
import com.example.metaflow.metadata.MetadataOptions;
import com.example.metaflow.network.DefaultVpcNetwork;
import com.example.metaflow.network.NetworkFactory;
import com.example.metaflow.secrets.SecretsOptions;
import com.example.metaflow.ui.UiOptions;
import java.util.Objects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/**
 * Every deployment choice of {@link MetaflowStack}, grouped by concern.
 *
 * @param env account and region to deploy to
 * @param network where everything runs
 * @param retainData keep the bucket and a final database snapshot on deletion
 * @param datastore encryption, versioning and access logs of the bucket (its {@code retain} is ignored)
 * @param images where container images come from (the pull-through cache of ECR Public)
 * @param compute what runs {@code @batch} steps: compute type, Spot, instance types, vCPUs, queues
 * @param metadata the metadata service: on or off, image, database, tasks, internal load balancer
 * @param operations termination protection, alarms, metrics and log retention
 * @param ui domain and sign-in of the Metaflow UI, null for no UI
 * @param secrets Metaflow's {@code @secrets} with the secrets {@code metaflow/<stack>/...}
 * @param cost tags on every resource and Batch job, and the monthly budget
 */
public record MetaflowStackProps(Environment env, NetworkFactory network, boolean retainData, DatastoreProps datastore,
        ContainerImagesProps images, ComputeOptions compute, MetadataOptions metadata, OperationsOptions operations,
        UiOptions ui, SecretsOptions secrets, CostOptions cost) {

    public static Builder builder() {
        return new Builder();
    }

    /** The {@link StackProps} passed to the stack itself. */
    public StackProps stackProps() {
        return StackProps.builder()
                .env(env)
                .tags(cost.tags())
                .terminationProtection(operations.terminationProtection())
                .description("Metaflow on AWS: S3 datastore, AWS Batch"
                        + (metadata.enabled() ? ", metadata service behind an HTTP API" : ", local metadata"))
                .build();
    }

    /** Builder of {@link MetaflowStackProps}; defaults are those of the construct each choice configures. */
    public static final class Builder {
        private Environment env;
        private NetworkFactory network = DefaultVpcNetwork::new;
        private boolean retainData = true;
        private DatastoreProps datastore = DatastoreProps.builder().build();
        private ContainerImagesProps images = ContainerImagesProps.builder().build();
        private ComputeOptions compute = ComputeOptions.builder().build();
        private MetadataOptions metadata = MetadataOptions.builder().build();
        private OperationsOptions operations = OperationsOptions.builder().build();
        private UiOptions ui;
        private SecretsOptions secrets = SecretsOptions.builder().build();
        private CostOptions cost = CostOptions.builder().build();

        /** Account and region; required because the default VPC is looked up. */
        public Builder env(Environment env) {
            this.env = env;
            return this;
        }

        /** Where everything runs. @default {@code DefaultVpcNetwork::new}, the account's default VPC */
        public Builder network(NetworkFactory network) {
            this.network = network;
            return this;
        }

        /** Keep the bucket and a final database snapshot when they are deleted. @default true */
        public Builder retainData(boolean retainData) {
            this.retainData = retainData;
            return this;
        }

        /** Bucket encryption, versioning and access logs; {@code retainData} decides retention. @default SSE-S3 only */
        public Builder datastore(DatastoreProps datastore) {
            this.datastore = datastore;
            return this;
        }

        /**
         * Where container images come from; see {@link ContainerImagesProps}.
         *
         * @default Batch steps' default image through the stack's pull-through cache of ECR Public
         */
        public Builder images(ContainerImagesProps images) {
            this.images = Objects.requireNonNull(images, "images");
            return this;
        }

        /** What runs {@code @batch} steps. @default {@link ComputeOptions} defaults: EC2 on demand, c5/m5/r5, 64 vCPUs */
        public Builder compute(ComputeOptions compute) {
            this.compute = Objects.requireNonNull(compute, "compute");
            return this;
        }

        /**
         * The metadata service, or none with {@code MetadataOptions.builder().enabled(false)}.
         *
         * @default {@link MetadataOptions} defaults: one task, RDS PostgreSQL 16 db.t4g.micro, no internal ALB
         */
        public Builder metadata(MetadataOptions metadata) {
            this.metadata = Objects.requireNonNull(metadata, "metadata");
            return this;
        }

        /** Termination protection, alarms, metrics, log retention. @default {@link OperationsOptions} defaults */
        public Builder operations(OperationsOptions operations) {
            this.operations = operations;
            return this;
        }

        /** Serve the Metaflow UI at this domain, behind sign-in; needs the metadata service. @default no UI */
        public Builder ui(UiOptions ui) {
            this.ui = ui;
            return this;
        }

        /** Metaflow's {@code @secrets}. @default {@link SecretsOptions} defaults: on, secrets {@code metaflow/<stack>/...} */
        public Builder secrets(SecretsOptions secrets) {
            this.secrets = Objects.requireNonNull(secrets, "secrets");
            return this;
        }

        /** Cost tags and the monthly budget. @default {@link CostOptions} defaults: no tags but Metaflow's, no budget */
        public Builder cost(CostOptions cost) {
            this.cost = Objects.requireNonNull(cost, "cost");
            return this;
        }

        public MetaflowStackProps build() {
            if (env == null || env.getAccount() == null || env.getRegion() == null) {
                throw new IllegalArgumentException("env must name an account and a region to look up the default"
                        + " VPC, got " + (env == null ? "none" : "account=" + env.getAccount() + ", region="
                        + env.getRegion()) + ". Run cdk with AWS credentials (it sets CDK_DEFAULT_ACCOUNT and"
                        + " CDK_DEFAULT_REGION) or write both values into MetaflowApp.");
            }
            Objects.requireNonNull(network, "network is required");
            Objects.requireNonNull(datastore, "datastore is required");
            Objects.requireNonNull(operations, "operations is required");
            if (!metadata.enabled() && (operations.alarms() || ui != null)) {
                throw new IllegalArgumentException("alarms and the UI need the metadata service, got metadata"
                        + " enabled=false with alarms=" + operations.alarms() + ", ui=" + (ui != null)
                        + ". Turn the service on or those options off.");
            }
            return new MetaflowStackProps(env, network, retainData, datastore, images, compute, metadata, operations,
                    ui, secrets, cost);
        }
    }
}

package com.example.metaflow;

import com.example.metaflow.compute.AdditionalQueue;
import com.example.metaflow.compute.BatchComputeProps;
import com.example.metaflow.compute.ComputeType;
import com.example.metaflow.datastore.DatastoreProps;
import com.example.metaflow.images.ContainerImagesProps;
import com.example.metaflow.metadata.DatabaseOptions;
import com.example.metaflow.metadata.MetadataServiceProps;
import com.example.metaflow.network.DefaultVpcNetwork;
import com.example.metaflow.network.NetworkFactory;
import com.example.metaflow.ui.UiOptions;
import java.util.List;
import java.util.Objects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/**
 * Every deployment choice of {@link MetaflowStack}.
 *
 * @param env account and region to deploy to
 * @param metadataService whether to run the metadata service
 * @param computeType what runs {@code @batch} steps
 * @param spot whether Batch uses Spot capacity
 * @param instanceTypes EC2 instance types or families, null for the default
 * @param maxVcpus most vCPUs Batch runs at once
 * @param metadataServiceImageTag tag of {@code netflixoss/metaflow_metadata_service}
 * @param postgresMajorVersion RDS PostgreSQL major version
 * @param retainData keep the bucket and a final database snapshot on deletion
 * @param network where everything runs
 * @param datastore encryption, versioning and access logs of the bucket (its {@code retain} is ignored)
 * @param database engine, size, availability and protection of the metadata database
 * @param additionalQueues further EC2 Batch queues
 * @param hardenedInstances whether Batch EC2 instances enforce IMDSv2 and encrypted volumes
 * @param metadataTasks tasks of the metadata service normally running
 * @param metadataMaxTasks most tasks CPU autoscaling may run
 * @param internalLoadBalancer whether an internal ALB gives Batch tasks a private service URL
 * @param operations tags, termination protection, alarms, metrics and log retention
 * @param ui domain and sign-in of the Metaflow UI, null for no UI
 * @param images where container images come from (the pull-through cache of ECR Public)
 */
public record MetaflowStackProps(Environment env, boolean metadataService, ComputeType computeType, boolean spot,
        List<String> instanceTypes, int maxVcpus, String metadataServiceImageTag, String postgresMajorVersion,
        boolean retainData, NetworkFactory network, DatastoreProps datastore, DatabaseOptions database,
        List<AdditionalQueue> additionalQueues, boolean hardenedInstances, int metadataTasks, int metadataMaxTasks,
        boolean internalLoadBalancer, OperationsOptions operations, UiOptions ui, ContainerImagesProps images) {

    public static Builder builder() {
        return new Builder();
    }

    /** The {@link StackProps} passed to the stack itself. */
    public StackProps stackProps() {
        return StackProps.builder()
                .env(env)
                .tags(operations.tags())
                .terminationProtection(operations.terminationProtection())
                .description("Metaflow on AWS: S3 datastore, AWS Batch"
                        + (metadataService ? ", metadata service behind an HTTP API" : ", local metadata"))
                .build();
    }

    /** Builder of {@link MetaflowStackProps}; defaults are those of the construct each choice configures. */
    public static final class Builder {
        private Environment env;
        private boolean metadataService = true;
        private ComputeType computeType = ComputeType.EC2;
        private boolean spot;
        private List<String> instanceTypes;
        private int maxVcpus = BatchComputeProps.DEFAULT_MAX_VCPUS;
        private String metadataServiceImageTag = MetadataServiceProps.DEFAULT_IMAGE_TAG;
        private String postgresMajorVersion = MetadataServiceProps.DEFAULT_POSTGRES_MAJOR_VERSION;
        private boolean retainData = true;
        private NetworkFactory network = DefaultVpcNetwork::new;
        private DatastoreProps datastore = DatastoreProps.builder().build();
        private DatabaseOptions database = DatabaseOptions.builder().build();
        private List<AdditionalQueue> additionalQueues = List.of();
        private boolean hardenedInstances;
        private int metadataTasks = 1;
        private Integer metadataMaxTasks;
        private boolean internalLoadBalancer;
        private OperationsOptions operations = OperationsOptions.builder().build();
        private UiOptions ui;
        private ContainerImagesProps images = ContainerImagesProps.builder().build();

        /** Account and region; required because the default VPC is looked up. */
        public Builder env(Environment env) {
            this.env = env;
            return this;
        }

        /** Run the metadata service (RDS, Fargate, HTTP API); false keeps metadata locally. @default true */
        public Builder metadataService(boolean metadataService) {
            this.metadataService = metadataService;
            return this;
        }

        /** What runs {@code @batch} steps. @default {@link ComputeType#EC2} */
        public Builder computeType(ComputeType computeType) {
            this.computeType = computeType;
            return this;
        }

        /** Use Spot capacity; steps may be interrupted and retried. @default false */
        public Builder spot(boolean spot) {
            this.spot = spot;
            return this;
        }

        /** EC2 instance types or families; EC2 only. @default {@link BatchComputeProps#DEFAULT_INSTANCE_TYPES} */
        public Builder instanceTypes(List<String> instanceTypes) {
            this.instanceTypes = instanceTypes;
            return this;
        }

        /** Most vCPUs Batch runs at once; it always scales down to 0. @default 64 */
        public Builder maxVcpus(int maxVcpus) {
            this.maxVcpus = maxVcpus;
            return this;
        }

        /** Release of {@code netflixoss/metaflow_metadata_service}. @default "v2.5.1" */
        public Builder metadataServiceImageTag(String metadataServiceImageTag) {
            this.metadataServiceImageTag = metadataServiceImageTag;
            return this;
        }

        /** RDS PostgreSQL major version, never a minor one. @default "16" */
        public Builder postgresMajorVersion(String postgresMajorVersion) {
            this.postgresMajorVersion = postgresMajorVersion;
            return this;
        }

        /** Keep the bucket and a final database snapshot when they are deleted. @default true */
        public Builder retainData(boolean retainData) {
            this.retainData = retainData;
            return this;
        }

        /** Where everything runs. @default {@code DefaultVpcNetwork::new}, the account's default VPC */
        public Builder network(NetworkFactory network) {
            this.network = network;
            return this;
        }

        /** Bucket encryption, versioning and access logs; {@code retainData} decides retention. @default SSE-S3 only */
        public Builder datastore(DatastoreProps datastore) {
            this.datastore = datastore;
            return this;
        }

        /** The metadata database. @default single-AZ RDS PostgreSQL db.t4g.micro, no deletion protection */
        public Builder database(DatabaseOptions database) {
            this.database = database;
            return this;
        }

        /** Further EC2 queues (Spot, GPU); see {@link BatchComputeProps.Builder#additionalQueues}. @default none */
        public Builder additionalQueues(List<AdditionalQueue> additionalQueues) {
            this.additionalQueues = List.copyOf(additionalQueues);
            return this;
        }

        /** Batch EC2 instances require IMDSv2 and get encrypted root volumes. @default false */
        public Builder hardenedInstances(boolean hardenedInstances) {
            this.hardenedInstances = hardenedInstances;
            return this;
        }

        /** Metadata service tasks normally running. @default 1 */
        public Builder metadataTasks(int metadataTasks) {
            this.metadataTasks = metadataTasks;
            return this;
        }

        /** Most metadata service tasks; above metadataTasks it scales on CPU. @default metadataTasks */
        public Builder metadataMaxTasks(int metadataMaxTasks) {
            this.metadataMaxTasks = metadataMaxTasks;
            return this;
        }

        /**
         * An internal ALB as {@code METAFLOW_SERVICE_INTERNAL_URL}, plus the schema upgrade function;
         * needs a network with private subnets.
         *
         * @default false: Batch tasks use the HTTP API
         */
        public Builder internalLoadBalancer(boolean internalLoadBalancer) {
            this.internalLoadBalancer = internalLoadBalancer;
            return this;
        }

        /** Tags, termination protection, alarms, metrics, log retention. @default {@link OperationsOptions} defaults */
        public Builder operations(OperationsOptions operations) {
            this.operations = operations;
            return this;
        }

        /** Serve the Metaflow UI at this domain, behind sign-in; needs the metadata service. @default no UI */
        public Builder ui(UiOptions ui) {
            this.ui = ui;
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

        public MetaflowStackProps build() {
            if (env == null || env.getAccount() == null || env.getRegion() == null) {
                throw new IllegalArgumentException("env must name an account and a region to look up the default"
                        + " VPC, got " + (env == null ? "none" : "account=" + env.getAccount() + ", region="
                        + env.getRegion()) + ". Run cdk with AWS credentials (it sets CDK_DEFAULT_ACCOUNT and"
                        + " CDK_DEFAULT_REGION) or write both values into MetaflowApp.");
            }
            Objects.requireNonNull(network, "network is required");
            Objects.requireNonNull(datastore, "datastore is required");
            Objects.requireNonNull(database, "database is required");
            Objects.requireNonNull(operations, "operations is required");
            if (!metadataService && (internalLoadBalancer || operations.alarms() || ui != null)) {
                throw new IllegalArgumentException("internalLoadBalancer, alarms and the UI need the metadata service,"
                        + " got metadataService=false with internalLoadBalancer=" + internalLoadBalancer + ", alarms="
                        + operations.alarms() + ", ui=" + (ui != null) + ". Turn the service on or those options off.");
            }
            return new MetaflowStackProps(env, metadataService, computeType, spot, instanceTypes, maxVcpus,
                    metadataServiceImageTag, postgresMajorVersion, retainData, network, datastore, database,
                    additionalQueues, hardenedInstances, metadataTasks,
                    metadataMaxTasks == null ? metadataTasks : metadataMaxTasks, internalLoadBalancer, operations,
                    ui, images);
        }
    }
}

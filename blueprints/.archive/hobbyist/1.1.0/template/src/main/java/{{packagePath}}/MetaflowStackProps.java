package {{package}};

import {{package}}.compute.BatchComputeProps;
import {{package}}.compute.ComputeType;
import {{package}}.metadata.MetadataServiceProps;
import java.util.List;
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
 */
public record MetaflowStackProps(Environment env, boolean metadataService, ComputeType computeType, boolean spot,
        List<String> instanceTypes, int maxVcpus, String metadataServiceImageTag, String postgresMajorVersion,
        boolean retainData) {

    public static Builder builder() {
        return new Builder();
    }

    /** The {@link StackProps} passed to the stack itself. */
    public StackProps stackProps() {
        return StackProps.builder()
                .env(env)
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

        public MetaflowStackProps build() {
            if (env == null || env.getAccount() == null || env.getRegion() == null) {
                throw new IllegalArgumentException("env must name an account and a region to look up the default"
                        + " VPC, got " + (env == null ? "none" : "account=" + env.getAccount() + ", region="
                        + env.getRegion()) + ". Run cdk with AWS credentials (it sets CDK_DEFAULT_ACCOUNT and"
                        + " CDK_DEFAULT_REGION) or write both values into MetaflowApp.");
            }
            return new MetaflowStackProps(env, metadataService, computeType, spot, instanceTypes, maxVcpus,
                    metadataServiceImageTag, postgresMajorVersion, retainData);
        }
    }
}

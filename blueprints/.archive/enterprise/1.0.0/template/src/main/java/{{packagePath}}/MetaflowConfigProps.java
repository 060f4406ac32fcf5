package {{package}};

import {{package}}.compute.BatchCompute;
import {{package}}.datastore.Datastore;
import {{package}}.metadata.MetadataApi;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Properties of {@link MetaflowConfig}.
 *
 * @param datastore the S3 datastore
 * @param batch the Batch queue and roles
 * @param metadataApi the metadata API, absent when Metaflow keeps metadata locally
 * @param internalServiceUrl private URL of the service for Batch tasks, absent to use the API's URL
 * @param additionalValues further configuration keys, from constructs beyond the core ones
 */
public record MetaflowConfigProps(Datastore datastore, BatchCompute batch, Optional<MetadataApi> metadataApi,
        Optional<String> internalServiceUrl, Map<String, String> additionalValues) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link MetaflowConfigProps}. */
    public static final class Builder {
        private Datastore datastore;
        private BatchCompute batch;
        private MetadataApi metadataApi;
        private String internalServiceUrl;
        private Map<String, String> additionalValues = Map.of();

        /** The S3 datastore. Required. */
        public Builder datastore(Datastore datastore) {
            this.datastore = datastore;
            return this;
        }

        /** The Batch queue and roles. Required. */
        public Builder batch(BatchCompute batch) {
            this.batch = batch;
            return this;
        }

        /** The metadata API. @default none: {@code METAFLOW_DEFAULT_METADATA=local} */
        public Builder metadataApi(MetadataApi metadataApi) {
            this.metadataApi = metadataApi;
            return this;
        }

        /** Value of {@code METAFLOW_SERVICE_INTERNAL_URL}. @default the metadata API's URL */
        public Builder internalServiceUrl(String internalServiceUrl) {
            this.internalServiceUrl = internalServiceUrl;
            return this;
        }

        /** Further keys, e.g. Step Functions scheduling's; none may redefine a core key. @default none */
        public Builder additionalValues(Map<String, String> additionalValues) {
            this.additionalValues = Map.copyOf(additionalValues);
            return this;
        }

        public MetaflowConfigProps build() {
            Objects.requireNonNull(datastore, "datastore is required");
            Objects.requireNonNull(batch, "batch is required");
            if (internalServiceUrl != null && metadataApi == null) {
                throw new IllegalArgumentException("internalServiceUrl needs the metadata API, got "
                        + internalServiceUrl + " without one. Set metadataApi or drop internalServiceUrl.");
            }
            return new MetaflowConfigProps(datastore, batch, Optional.ofNullable(metadataApi),
                    Optional.ofNullable(internalServiceUrl), additionalValues);
        }
    }
}

package {{package}}.ui;

import {{package}}.datastore.Datastore;
import {{package}}.metadata.MetadataService;
import {{package}}.network.MetaflowNetwork;
import java.util.Objects;

/**
 * Properties of {@link MetaflowUi}.
 *
 * @param network where the UI tasks and load balancer run
 * @param service the metadata service whose database, image and cluster the UI shares
 * @param datastore the datastore the UI reads artifacts from (and logs its load balancer to)
 * @param options domain, hosted zone, authentication and exposure
 */
public record MetaflowUiProps(MetaflowNetwork network, MetadataService service, Datastore datastore,
        UiOptions options) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link MetaflowUiProps}. */
    public static final class Builder {
        private MetaflowNetwork network;
        private MetadataService service;
        private Datastore datastore;
        private UiOptions options;

        /** Where the UI runs; its tasks use the service subnets. Required. */
        public Builder network(MetaflowNetwork network) {
            this.network = network;
            return this;
        }

        /** The metadata service. Required. */
        public Builder service(MetadataService service) {
            this.service = service;
            return this;
        }

        /** The datastore. Required. */
        public Builder datastore(Datastore datastore) {
            this.datastore = datastore;
            return this;
        }

        /** Domain, hosted zone, authentication and exposure. Required. */
        public Builder options(UiOptions options) {
            this.options = options;
            return this;
        }

        public MetaflowUiProps build() {
            Objects.requireNonNull(network, "network is required");
            Objects.requireNonNull(service, "service is required");
            Objects.requireNonNull(datastore, "datastore is required");
            Objects.requireNonNull(options, "options is required");
            return new MetaflowUiProps(network, service, datastore, options);
        }
    }
}

package {{package}}.datastore;

/**
 * Properties of {@link Datastore}.
 *
 * @param retain keep the bucket and its objects when the stack is deleted
 */
public record DatastoreProps(boolean retain) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link DatastoreProps}. */
    public static final class Builder {
        private boolean retain = true;

        /**
         * Keep the bucket and its objects when the stack is deleted or the bucket is replaced.
         * When false the bucket is emptied and deleted with the stack.
         *
         * @default true
         */
        public Builder retain(boolean retain) {
            this.retain = retain;
            return this;
        }

        public DatastoreProps build() {
            return new DatastoreProps(retain);
        }
    }
}

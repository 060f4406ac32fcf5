package {{package}}.datastore;

/** How the Metaflow bucket encrypts objects at rest. */
public enum DatastoreEncryption {

    /** SSE-S3: keys managed by S3, no cost, no key policy to manage. */
    S3_MANAGED,

    /**
     * SSE-KMS with a customer-managed key created in the stack, rotated yearly, with an S3 Bucket
     * Key so KMS is called once per object prefix rather than per request ($1 a month per key).
     * Access is then also bounded by the key policy and visible in CloudTrail per decryption.
     */
    KMS
}

package {{package}}.datastore;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * The S3 bucket that holds Metaflow artifacts ({@code /metaflow}) and data written through
 * {@code metaflow.S3} ({@code /data}): TLS only, no public access, SSE-S3 or a customer-managed
 * KMS key, optionally versioned and with server access logs in a second bucket.
 */
public final class Datastore extends Construct {

    private final Bucket bucket;
    private final Key encryptionKey;
    private final Bucket accessLogs;

    public Datastore(Construct scope, String id, DatastoreProps props) {
        super(scope, id);
        RemovalPolicy removalPolicy = props.retain() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
        this.encryptionKey = props.encryption() == DatastoreEncryption.KMS ? Key.Builder.create(this, "EncryptionKey")
                .description("Encrypts the Metaflow datastore bucket")
                .enableKeyRotation(true)
                .removalPolicy(removalPolicy)
                .build() : null;
        this.accessLogs = props.serverAccessLogs() ? createAccessLogBucket(props) : null;
        List<LifecycleRule> lifecycleRules = new ArrayList<>(List.of(LifecycleRule.builder()
                .id("AbortIncompleteMultipartUploads")
                .abortIncompleteMultipartUploadAfter(Duration.days(7))
                .build()));
        if (props.versioned()) {
            lifecycleRules.add(LifecycleRule.builder()
                    .id("ExpireNoncurrentVersions")
                    .noncurrentVersionExpiration(props.noncurrentVersionExpiration())
                    .expiredObjectDeleteMarker(true)
                    .build());
        }
        Bucket.Builder builder = Bucket.Builder.create(this, "Resource")
                .encryption(encryptionKey == null ? BucketEncryption.S3_MANAGED : BucketEncryption.KMS)
                .enforceSsl(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .lifecycleRules(lifecycleRules)
                .removalPolicy(removalPolicy)
                .autoDeleteObjects(!props.retain());
        if (encryptionKey != null) {
            builder.encryptionKey(encryptionKey).bucketKeyEnabled(true);
        }
        if (props.versioned()) {
            builder.versioned(true);
        }
        if (accessLogs != null) {
            builder.serverAccessLogsBucket(accessLogs).serverAccessLogsPrefix("datastore/");
        }
        this.bucket = builder.build();
        if (accessLogs == null) {
            NagSuppressions.addResourceSuppressions(bucket, List.of(NagPackSuppression.builder()
                    .id("AwsSolutions-S1")
                    .reason("Server access logs need a second bucket and cost per request; CloudTrail "
                            + "already records bucket-level API calls for this single-user deployment.")
                    .build()));
        }
    }

    /** The Metaflow bucket. */
    public IBucket bucket() {
        return bucket;
    }

    /** The customer-managed key of the bucket; empty with SSE-S3. */
    public Optional<IKey> encryptionKey() {
        return Optional.ofNullable(encryptionKey);
    }

    /** The bucket receiving server access logs (and load balancer logs); empty without access logs. */
    public Optional<IBucket> accessLogs() {
        return Optional.ofNullable(accessLogs);
    }

    /** Value of {@code METAFLOW_DATASTORE_SYSROOT_S3}. */
    public String sysrootUrl() {
        return "s3://" + bucket.getBucketName() + "/metaflow";
    }

    /** Value of {@code METAFLOW_DATATOOLS_S3ROOT}. */
    public String datatoolsUrl() {
        return "s3://" + bucket.getBucketName() + "/data";
    }

    private Bucket createAccessLogBucket(DatastoreProps props) {
        Bucket logs = Bucket.Builder.create(this, "AccessLogs")
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("ExpireLogs").expiration(Duration.days(365)).build()))
                .removalPolicy(props.retain() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .autoDeleteObjects(!props.retain())
                .build();
        NagSuppressions.addResourceSuppressions(logs, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-S1")
                .reason("This is the access log bucket itself; logging it into itself would log its own log"
                        + " deliveries without end. CloudTrail records its bucket-level API calls.")
                .build()));
        return logs;
    }
}

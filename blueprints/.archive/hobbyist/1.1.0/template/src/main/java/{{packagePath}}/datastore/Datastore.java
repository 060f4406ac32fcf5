package {{package}}.datastore;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.constructs.Construct;

/**
 * The S3 bucket that holds Metaflow artifacts ({@code /metaflow}) and data written through
 * {@code metaflow.S3} ({@code /data}): S3-managed encryption, TLS only, no public access.
 */
public final class Datastore extends Construct {

    private final Bucket bucket;

    public Datastore(Construct scope, String id, DatastoreProps props) {
        super(scope, id);
        this.bucket = Bucket.Builder.create(this, "Resource")
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("AbortIncompleteMultipartUploads")
                        .abortIncompleteMultipartUploadAfter(Duration.days(7))
                        .build()))
                .removalPolicy(props.retain() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .autoDeleteObjects(!props.retain())
                .build();
        NagSuppressions.addResourceSuppressions(bucket, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-S1")
                .reason("Server access logs need a second bucket and cost per request; CloudTrail "
                        + "already records bucket-level API calls for this single-user deployment.")
                .build()));
    }

    /** The Metaflow bucket. */
    public IBucket bucket() {
        return bucket;
    }

    /** Value of {@code METAFLOW_DATASTORE_SYSROOT_S3}. */
    public String sysrootUrl() {
        return "s3://" + bucket.getBucketName() + "/metaflow";
    }

    /** Value of {@code METAFLOW_DATATOOLS_S3ROOT}. */
    public String datatoolsUrl() {
        return "s3://" + bucket.getBucketName() + "/data";
    }
}

package {{package}}.datastore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import {{package}}.TestApps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class DatastoreTest {

    private final Stack stack = TestApps.stack();

    @Test
    void encryptsAndBlocksAllPublicAccess() {
        new Datastore(stack, "Datastore", DatastoreProps.builder().build());

        Template.fromStack(stack).hasResourceProperties("AWS::S3::Bucket", Map.of(
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(
                        Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
                "PublicAccessBlockConfiguration", Map.of(
                        "BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true)));
    }

    @Test
    void deniesRequestsWithoutTls() {
        new Datastore(stack, "Datastore", DatastoreProps.builder().build());

        Template.fromStack(stack).hasResourceProperties("AWS::S3::BucketPolicy", Map.of(
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
    }

    @Test
    void retainsTheBucketByDefault() {
        new Datastore(stack, "Datastore", DatastoreProps.builder().build());

        Template template = Template.fromStack(stack);
        template.hasResource("AWS::S3::Bucket", Map.of("DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain"));
        template.resourceCountIs("Custom::S3AutoDeleteObjects", 0);
    }

    @Test
    void emptiesAndDeletesTheBucketWhenNotRetained() {
        new Datastore(stack, "Datastore", DatastoreProps.builder().retain(false).build());

        Template template = Template.fromStack(stack);
        template.hasResource("AWS::S3::Bucket", Map.of("DeletionPolicy", "Delete"));
        template.resourceCountIs("Custom::S3AutoDeleteObjects", 1);
    }

    @Test
    void pointsMetaflowAtTwoPrefixesOfTheBucket() {
        Datastore datastore = new Datastore(stack, "Datastore", DatastoreProps.builder().build());
        Map<String, Object> bucketRef = Map.of("Ref",
                stack.getLogicalId((CfnElement) datastore.bucket().getNode().getDefaultChild()));

        assertEquals(Map.of("Fn::Join", List.of("", List.of("s3://", bucketRef, "/metaflow"))),
                stack.resolve(datastore.sysrootUrl()));
        assertEquals(Map.of("Fn::Join", List.of("", List.of("s3://", bucketRef, "/data"))),
                stack.resolve(datastore.datatoolsUrl()));
    }

    @Test
    void kmsEncryptsWithARotatedCustomerManagedKeyAndABucketKey() {
        Datastore datastore = new Datastore(stack, "Datastore", DatastoreProps.builder()
                .encryption(DatastoreEncryption.KMS).build());

        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::KMS::Key", Map.of("EnableKeyRotation", true));
        template.hasResourceProperties("AWS::S3::Bucket", Map.of("BucketEncryption", Map.of(
                "ServerSideEncryptionConfiguration", List.of(Map.of(
                        "BucketKeyEnabled", true,
                        "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "aws:kms",
                                "KMSMasterKeyID", stack.resolve(datastore.encryptionKey().orElseThrow().getKeyArn())))))));
    }

    @Test
    void versioningExpiresNoncurrentVersionsAndKeepsAbortingUploads() {
        new Datastore(stack, "Datastore", DatastoreProps.builder()
                .versioned(true).noncurrentVersionExpiration(Duration.days(30)).build());

        Template.fromStack(stack).hasResourceProperties("AWS::S3::Bucket", Map.of(
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "LifecycleConfiguration", Map.of("Rules", List.of(
                        Match.objectLike(Map.of("Id", "AbortIncompleteMultipartUploads")),
                        Match.objectLike(Map.of("Id", "ExpireNoncurrentVersions",
                                "NoncurrentVersionExpiration", Map.of("NoncurrentDays", 30)))))));
    }

    @Test
    void accessLogsGoToASeparateSseS3Bucket() {
        Datastore datastore = new Datastore(stack, "Datastore", DatastoreProps.builder().serverAccessLogs(true).build());

        Template template = Template.fromStack(stack);
        template.resourceCountIs("AWS::S3::Bucket", 2);
        template.hasResourceProperties("AWS::S3::Bucket", Map.of("LoggingConfiguration", Map.of(
                "DestinationBucketName", stack.resolve(datastore.accessLogs().orElseThrow().getBucketName()),
                "LogFilePrefix", "datastore/")));
    }

    @Test
    void hasNoKeyOrLogBucketByDefault() {
        Datastore datastore = new Datastore(stack, "Datastore", DatastoreProps.builder().build());

        assertTrue(datastore.encryptionKey().isEmpty());
        assertTrue(datastore.accessLogs().isEmpty());
        Template.fromStack(stack).resourceCountIs("AWS::KMS::Key", 0);
    }

    @Test
    void failsOnANoncurrentVersionExpirationBelowADay() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DatastoreProps.builder().noncurrentVersionExpiration(Duration.hours(12)).build());
        assertTrue(error.getMessage().contains("whole days, at least 1, got 12 hours"), error.getMessage());
    }
}

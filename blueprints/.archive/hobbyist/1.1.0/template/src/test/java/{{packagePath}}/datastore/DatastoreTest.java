package {{package}}.datastore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import {{package}}.TestApps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.CfnElement;
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
}

package com.example.metaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.compute.BatchCompute;
import com.example.metaflow.compute.BatchComputeProps;
import com.example.metaflow.compute.ComputeOptions;
import com.example.metaflow.compute.ComputeType;
import com.example.metaflow.datastore.Datastore;
import com.example.metaflow.datastore.DatastoreProps;
import com.example.metaflow.images.ContainerImagesProps;
import com.example.metaflow.metadata.MetadataOptions;
import com.example.metaflow.network.DefaultVpcNetwork;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class MetaflowConfigTest {

    private static final Set<String> COMMON_KEYS = Set.of("METAFLOW_DEFAULT_DATASTORE",
            "METAFLOW_DATASTORE_SYSROOT_S3", "METAFLOW_DATATOOLS_S3ROOT", "METAFLOW_BATCH_JOB_QUEUE",
            "METAFLOW_ECS_S3_ACCESS_IAM_ROLE", "METAFLOW_DEFAULT_METADATA", "METAFLOW_BATCH_CONTAINER_REGISTRY",
            // metaflow/metaflow_config.py: DEFAULT_SECRETS_BACKEND_TYPE, AWS_SECRETS_MANAGER_DEFAULT_REGION
            // (SecretsOptions, on by default) and BATCH_EMIT_TAGS (CostOptions.emitBatchTags, true by default).
            "METAFLOW_DEFAULT_SECRETS_BACKEND_TYPE", "METAFLOW_AWS_SECRETS_MANAGER_DEFAULT_REGION",
            "METAFLOW_BATCH_EMIT_TAGS",
            "METAFLOW_SFN_IAM_ROLE", "METAFLOW_EVENTS_SFN_ACCESS_IAM_ROLE", "METAFLOW_SFN_DYNAMO_DB_TABLE",
            "METAFLOW_SFN_STATE_MACHINE_PREFIX", "METAFLOW_SFN_EXECUTION_LOG_GROUP_ARN");
    private static final Set<String> SERVICE_KEYS = Set.of("METAFLOW_SERVICE_URL", "METAFLOW_SERVICE_INTERNAL_URL");
    private static final String TOKEN = "<token>";

    @Test
    void ec2WithTheServiceConfiguresS3BatchAndTheService() {
        Map<String, String> config = renderedConfig(stack(MetaflowStackProps.builder().env(TestApps.ENV)));

        assertEquals(union(COMMON_KEYS, SERVICE_KEYS), config.keySet());
        assertEquals("s3", config.get("METAFLOW_DEFAULT_DATASTORE"));
        assertEquals("s3://" + TOKEN + "/metaflow", config.get("METAFLOW_DATASTORE_SYSROOT_S3"));
        assertEquals("s3://" + TOKEN + "/data", config.get("METAFLOW_DATATOOLS_S3ROOT"));
        assertEquals("service", config.get("METAFLOW_DEFAULT_METADATA"));
    }

    @Test
    void fargateAddsTheExecutionRole() {
        Map<String, String> config = renderedConfig(stack(MetaflowStackProps.builder().env(TestApps.ENV)
                .compute(ComputeOptions.builder().computeType(ComputeType.FARGATE).build())));

        assertEquals(union(union(COMMON_KEYS, SERVICE_KEYS), Set.of("METAFLOW_ECS_FARGATE_EXECUTION_ROLE")), config.keySet());
    }

    @Test
    void withoutTheServiceMetadataStaysLocal() {
        MetaflowStack stack = stack(MetaflowStackProps.builder().env(TestApps.ENV)
                .metadata(MetadataOptions.builder().enabled(false).build()));
        Map<String, String> config = renderedConfig(stack);

        assertEquals(COMMON_KEYS, config.keySet());
        assertEquals("local", config.get("METAFLOW_DEFAULT_METADATA"));
        assertFalse(Template.fromStack(stack).findOutputs("*").containsKey(MetaflowConfig.API_KEY_SECRET_OUTPUT));
    }

    @Test
    void batchStepsPullMetaflowsDefaultPythonImageThroughTheCache() {
        MetaflowStack stack = stack(MetaflowStackProps.builder().env(TestApps.ENV));
        String prefix = stack.images().repositoryPrefix().orElseThrow();

        // metaflow/plugins/aws/batch/batch_decorator.py: an image without a registry, the default
        // "python:X.Y" included, becomes METAFLOW_BATCH_CONTAINER_REGISTRY + "/" + image; the cache
        // (Amazon ECR, "Pulling an image with a pull through cache rule") maps <prefix>/docker/library/
        // python to public.ecr.aws/docker/library/python, Docker's official image on ECR Public.
        assertEquals("123456789012.dkr.ecr.us-east-1." + TOKEN + "/" + prefix + "/docker/library",
                renderedConfig(stack).get("METAFLOW_BATCH_CONTAINER_REGISTRY"));
        Template.fromStack(stack).hasResourceProperties("AWS::ECR::PullThroughCacheRule", Map.of(
                "EcrRepositoryPrefix", prefix, "UpstreamRegistryUrl", "public.ecr.aws"));
    }

    @Test
    void withoutTheCacheBatchStepsPullFromDockerHubAsBefore() {
        MetaflowStack stack = stack(MetaflowStackProps.builder().env(TestApps.ENV)
                .images(ContainerImagesProps.builder().pullThroughCache(false).build()));

        assertFalse(renderedConfig(stack).containsKey("METAFLOW_BATCH_CONTAINER_REGISTRY"));
        Template.fromStack(stack).resourceCountIs("AWS::ECR::PullThroughCacheRule", 0);
    }

    @Test
    void batchTasksReachTheServiceThroughTheApiToo() {
        MetaflowStack stack = stack(MetaflowStackProps.builder().env(TestApps.ENV));
        Map<String, String> values = stack.config().values();
        Object apiEndpoint = stack.resolve(stack.metadataApi().orElseThrow().api().getApiEndpoint());

        assertEquals(apiEndpoint, stack.resolve(values.get("METAFLOW_SERVICE_URL")));
        assertEquals(apiEndpoint, stack.resolve(values.get("METAFLOW_SERVICE_INTERNAL_URL")));
    }

    @Test
    void namesTheApiKeySecretInASeparateOutput() {
        MetaflowStack stack = stack(MetaflowStackProps.builder().env(TestApps.ENV));

        Template.fromStack(stack).hasOutput(MetaflowConfig.API_KEY_SECRET_OUTPUT, Map.of(
                "Value", stack.resolve(stack.metadataApi().orElseThrow().apiKey().getSecretArn())));
    }

    @Test
    void outputHoldsExactlyTheExposedValues() {
        MetaflowStack stack = stack(MetaflowStackProps.builder().env(TestApps.ENV)
                .compute(ComputeOptions.builder().computeType(ComputeType.FARGATE).build()));

        assertEquals(stack.config().values().keySet(), renderedConfig(stack).keySet());
        Template.fromStack(stack).hasOutput(MetaflowConfig.CONFIG_OUTPUT, Map.of("Value", Match.objectLike(
                Map.of("Fn::Join", Match.anyValue()))));
    }

    @Test
    void addsAdditionalValuesAndRefusesToRedefineCoreKeys() {
        Stack stack = TestApps.stack();
        Datastore datastore = new Datastore(stack, "Datastore", DatastoreProps.builder().build());
        BatchCompute batch = new BatchCompute(stack, "Batch", BatchComputeProps.builder()
                .network(new DefaultVpcNetwork(stack, "Network")).bucket(datastore.bucket()).build());

        MetaflowConfig config = new MetaflowConfig(stack, "Config", MetaflowConfigProps.builder()
                .datastore(datastore).batch(batch).additionalValues(Map.of("METAFLOW_SFN_STATE_MACHINE_PREFIX", "mf")).build());
        assertEquals("mf", config.values().get("METAFLOW_SFN_STATE_MACHINE_PREFIX"));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new MetaflowConfig(stack,
                "Clash", MetaflowConfigProps.builder().datastore(datastore).batch(batch)
                        .additionalValues(Map.of("METAFLOW_DEFAULT_METADATA", "service")).build()));
        assertTrue(error.getMessage().contains("may not redefine METAFLOW_DEFAULT_METADATA"));
    }

    private static MetaflowStack stack(MetaflowStackProps.Builder props) {
        return new MetaflowStack(TestApps.app(), "MetaflowStack", props.build());
    }

    /** The JSON of the MetaflowConfig output, with every CloudFormation reference shown as {@value #TOKEN}. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> renderedConfig(MetaflowStack stack) {
        Map<String, Object> output = Template.fromStack(stack).findOutputs(MetaflowConfig.CONFIG_OUTPUT)
                .get(MetaflowConfig.CONFIG_OUTPUT);
        List<Object> join = (List<Object>) ((Map<String, Object>) output.get("Value")).get("Fn::Join");
        StringBuilder json = new StringBuilder();
        for (Object part : (List<Object>) join.get(1)) {
            json.append(part instanceof String literal ? literal : TOKEN);
        }
        try {
            return new ObjectMapper().readValue(json.toString(), new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new AssertionError("MetaflowConfig output is not a JSON object: " + json, e);
        }
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> union = new HashSet<>(first);
        union.addAll(second);
        return union;
    }
}

package dev.scaffold.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.scaffold.render.GeneratedProject;
import dev.scaffold.render.RenderedFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every project's {@code catalog-info.yaml}, parsed as Backstage reads it. Fields as Backstage's descriptor
 * format documents them (docs/features/software-catalog/descriptor-format.md: apiVersion
 * backstage.io/v1alpha1, kind Component; metadata.name of [a-z0-9A-Z] runs separated by [-_.], at most 63;
 * annotation keys a lowercase domain prefix, a slash and a name, values strings; links with url, title,
 * icon, type; spec type, lifecycle, owner). Console links as the AWS console addresses them:
 * https://REGION.console.aws.amazon.com/cloudformation/home?region=REGION#/stacks?filteringText=NAME,
 * without a region https://console.aws.amazon.com/cloudformation/home#/stacks?..., and GovCloud on
 * console.amazonaws-us-gov.com.
 */
class CatalogInfoTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String NAME = "^[a-zA-Z0-9]+([-_.][a-zA-Z0-9]+)*$";
    private static final String ANNOTATION_KEY = "^[a-z0-9]+([-.][a-z0-9]+)*/[a-zA-Z0-9]+([-_.][a-zA-Z0-9]+)*$";

    @TempDir
    Path work;

    private JsonNode catalogInfo(String blueprint, List<String> layers, Map<String, String> answers) throws Exception {
        GeneratedProject project = Render.project(blueprint, layers, answers, work.resolve("p"), false);
        RenderedFile file = project.files().stream().filter(f -> f.path().equals("catalog-info.yaml")).findFirst().orElseThrow();
        JsonNode entity = YAML.readTree(file.text());
        assertThat(entity.path("apiVersion").asText()).isEqualTo("backstage.io/v1alpha1");
        assertThat(entity.path("kind").asText()).isEqualTo("Component");
        assertThat(entity.at("/metadata/name").asText()).matches(NAME).hasSizeLessThanOrEqualTo(63);
        entity.at("/metadata/annotations").properties().forEach(annotation -> {
            assertThat(annotation.getKey()).matches(ANNOTATION_KEY);
            assertThat(annotation.getValue().isTextual()).as(annotation.getKey()).isTrue();
        });
        entity.at("/metadata/links").forEach(link -> assertThat(link.path("url").asText()).startsWith("https://"));
        assertThat(entity.at("/spec/type").asText()).isEqualTo("service");
        assertThat(entity.at("/spec/lifecycle").asText()).isEqualTo("production");
        return entity;
    }

    private static JsonNode annotations(JsonNode entity) {
        return entity.at("/metadata/annotations");
    }

    @Test
    void hobbyistLinksTheStackInTheConsoleWithoutARegion() throws Exception {
        JsonNode entity = catalogInfo("hobbyist", List.of(), Map.of("projectName", "churn-model", "stackName", "churn"));

        assertThat(entity.at("/metadata/name").asText()).isEqualTo("churn-model");
        assertThat(annotations(entity).path("scaffold.dev/blueprint").asText()).isEqualTo("hobbyist");
        assertThat(annotations(entity).path("scaffold.dev/blueprint-version").asText())
                .isEqualTo(Render.BUNDLED.resolve("hobbyist").version());
        assertThat(annotations(entity).has("scaffold.dev/layers")).isFalse();
        assertThat(entity.at("/metadata/links")).extracting(link -> link.path("url").asText()).containsExactly(
                "https://console.aws.amazon.com/cloudformation/home#/stacks?filteringText=churn&filteringStatus=active&viewNested=true");
        assertThat(entity.at("/spec/owner").asText()).isEqualTo("platform-team");
    }

    @Test
    void hobbyistWithARegionLinksThatRegionsConsole() throws Exception {
        JsonNode entity = catalogInfo("hobbyist", List.of("step-functions"),
                Map.of("region", "eu-west-1", "owner", "group:default/data-platform"));

        assertThat(annotations(entity).path("scaffold.dev/layers").asText())
                .isEqualTo("step-functions@" + Render.BUNDLED.resolve("step-functions").version());
        assertThat(entity.at("/metadata/links/0/url").asText()).isEqualTo("https://eu-west-1.console.aws.amazon.com/cloudformation/home"
                + "?region=eu-west-1#/stacks?filteringText=metaflow&filteringStatus=active&viewNested=true");
        assertThat(entity.at("/spec/owner").asText()).isEqualTo("group:default/data-platform");
    }

    @Test
    void enterpriseLinksTheStackAndTheUi() throws Exception {
        Map<String, String> answers = new HashMap<>(ExampleSpec.UI);
        answers.put("region", "us-gov-west-1");
        JsonNode entity = catalogInfo("enterprise", List.of("step-functions"), answers);

        assertThat(annotations(entity).path("scaffold.dev/blueprint").asText()).isEqualTo("enterprise");
        assertThat(annotations(entity).path("scaffold.dev/blueprint-version").asText())
                .isEqualTo(Render.BUNDLED.resolve("enterprise").version());
        assertThat(entity.at("/metadata/links")).extracting(link -> link.path("url").asText()).containsExactly(
                "https://console.amazonaws-us-gov.com/cloudformation/home?region=us-gov-west-1#/stacks?filteringText=metaflow"
                        + "&filteringStatus=active&viewNested=true",
                "https://metaflow.example.com");
    }

    @Test
    void enterpriseWithoutTheUiLinksOnlyTheStack() throws Exception {
        JsonNode entity = catalogInfo("enterprise", List.of(), Map.of("ui", "false"));

        assertThat(entity.at("/metadata/links")).hasSize(1);
        assertThat(entity.at("/metadata/links/0/type").asText()).isEqualTo("aws-console");
    }
}

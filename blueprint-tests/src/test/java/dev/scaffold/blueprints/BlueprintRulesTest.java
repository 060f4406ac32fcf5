package dev.scaffold.blueprints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scaffold.ExitCodes;
import dev.scaffold.ScaffoldException;
import dev.scaffold.catalog.Composition;
import dev.scaffold.params.AnswerResolver;
import dev.scaffold.params.FormSchema;
import dev.scaffold.params.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule a bundled blueprint declares rejects, before anything is written, the combination its
 * constructs would fail on at synth (the check named in each case), and lets the nearest valid one
 * through; and no rule is declared without such a case here.
 */
class BlueprintRulesTest {

    @TempDir
    Path work;

    private static final String VPC = "vpc-0abc1234def567890";
    private static final String SUBNET_A = "subnet-0abc1234def567891";
    private static final String SUBNET_B = "subnet-0abc1234def567892";

    private static final String VPC_LINK_REGIONS = "us-east-2|us-east-1|us-west-1|us-west-2|ap-east-1|ap-south-1"
            + "|ap-northeast-2|ap-southeast-1|ap-southeast-2|ap-northeast-1|ca-central-1|eu-central-1|eu-west-1|eu-west-2"
            + "|eu-west-3|eu-south-2|eu-north-1|me-south-1|sa-east-1|us-gov-west-1";

    /** blueprint, rule, the rejected answers (what the construct fails on), a valid neighbour. */
    static Stream<Arguments> cases() {
        return Stream.of(
                // ComputeOptions: "instanceTypes must not be empty for computeType EC2"
                Arguments.of("hobbyist", "size(instanceTypes) >= 1", Map.of("instanceTypes", ""), Map.of("instanceTypes", "c5")),
                // ComputeOptions: "rootVolumeSize must be 30 to 16384 GiB" (0 in the blueprint: the image's own)
                Arguments.of("hobbyist", "rootVolumeSize == 0 || rootVolumeSize >= 30", Map.of("rootVolumeSize", "29"),
                        Map.of("rootVolumeSize", "30")),
                // VpcLinkZones.supported: "API Gateway has no HTTP API VPC links in af-south-1"
                Arguments.of("hobbyist", "!metadataService || !region || region =~ '^(" + VPC_LINK_REGIONS + ")$'",
                        Map.of("region", "af-south-1"), Map.of("region", "af-south-1", "metadataService", "false")),
                Arguments.of("enterprise", "!region || region =~ '^(" + VPC_LINK_REGIONS + ")$'",
                        ui("region", "af-south-1"), ui("region", "eu-south-2")),
                // VpcLinkZones.first: "eu-west-3 has VPC links in 2 Availability Zones only"
                Arguments.of("enterprise", "!region || availabilityZones <= 2 || !(region =~ '^(us-west-1|ap-east-1|ca-central-1|eu-west-3)$')",
                        ui("region", "eu-west-3", "availabilityZones", "3"), ui("region", "eu-west-1", "availabilityZones", "3")),
                // NewVpcNetworkProps: "natGateways must be between 1 and maxAzs"
                Arguments.of("enterprise", "natGateways <= availabilityZones",
                        ui("availabilityZones", "2", "natGateways", "3"), ui("availabilityZones", "3", "natGateways", "3")),
                // MetadataOptions: "task counts must satisfy 1 <= tasks <= maxTasks"
                Arguments.of("enterprise", "metadataMaxTasks >= metadataTasks",
                        ui("metadataTasks", "5", "metadataMaxTasks", "4"), ui("metadataTasks", "4", "metadataMaxTasks", "4")),
                // ExistingVpcNetworkProps: "privateSubnetIds must list at least two subnets"
                Arguments.of("enterprise", "size(privateSubnetIds) >= 2",
                        ui("existingVpcId", VPC, "privateSubnetIds", SUBNET_A),
                        ui("existingVpcId", VPC, "privateSubnetIds", SUBNET_A + "," + SUBNET_B)),
                // ExistingVpcNetworkProps: "databaseSubnetIds must list at least two subnets"
                Arguments.of("enterprise", "!databaseSubnetIds || size(databaseSubnetIds) >= 2",
                        ui("existingVpcId", VPC, "privateSubnetIds", SUBNET_A + "," + SUBNET_B, "databaseSubnetIds", SUBNET_A),
                        ui("existingVpcId", VPC, "privateSubnetIds", SUBNET_A + "," + SUBNET_B)),
                // ComputeOptions: "instanceTypes must not be empty"; AdditionalQueue: "instanceTypes of queue ... must not be empty"
                Arguments.of("enterprise", "size(instanceTypes) >= 1", ui("instanceTypes", ""), ui("instanceTypes", "m5")),
                Arguments.of("enterprise", "size(spotInstanceTypes) >= 1", ui("spotInstanceTypes", ""), ui("spotQueue", "false")),
                Arguments.of("enterprise", "size(gpuInstanceTypes) >= 1", ui("gpuInstanceTypes", ""), ui("gpuInstanceTypes", "g5")),
                // DatabaseOptions: "Aurora PostgreSQL does not offer db.t4g.small"
                Arguments.of("enterprise", "!(databaseInstanceType =~ '^t[0-9]+g?[.](micro|small)$')",
                        ui("databaseEngine", "aurora-postgresql", "databaseInstanceType", "t4g.small"),
                        ui("databaseEngine", "postgres", "databaseInstanceType", "t4g.small")),
                // UiOptions: "domainName must be a host name inside hosted zone"
                Arguments.of("enterprise", "uiDomainName inZone hostedZoneName",
                        Map.of("uiDomainName", "metaflow.example.org", "hostedZoneName", "example.com"),
                        Map.of("uiDomainName", "metaflow.example.com", "hostedZoneName", "example.com")));
    }

    private static Map<String, String> ui(String... namesAndValues) {
        Map<String, String> answers = new LinkedHashMap<>(ExampleSpec.UI);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            answers.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return answers;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void rejectsWhatTheConstructsRejectBeforeWritingAnything(String blueprint, String rule, Map<String, String> rejected,
                                                             Map<String, String> valid) {
        Path target = work.resolve("project");
        assertThatThrownBy(() -> Render.project(blueprint, List.of(), rejected, target, true))
                .isInstanceOf(ScaffoldException.class)
                .hasMessageContaining("the rule " + rule + ": ")
                .hasMessageNotContaining("\n")
                .extracting(e -> ((ScaffoldException) e).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(target).doesNotExist();
        assertThat(Render.project(blueprint, List.of(), valid, target, false).files()).isNotEmpty();
    }

    /**
     * The blueprint's JSON Schema rejects the same answers (complete, defaults filled in, as a form
     * submits them) unless the rule is one JSON Schema cannot say, which it then lists in x-scaffold-rules.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void theJsonSchemaRejectsThemTooOrListsTheRule(String blueprint, String rule, Map<String, String> rejected,
                                                   Map<String, String> valid) {
        Composition composition = Render.BUNDLED.compose(blueprint, List.of());
        ObjectNode schema = composition.jsonSchema();
        Map<String, Object> complete = new AnswerResolver(composition.parameters(), List.of(), Optional.empty())
                .resolve(rejected, Map.of()).values();
        boolean engineOnly = schema.path("x-scaffold-rules").findValuesAsText("condition").contains(rule);
        assertThat(FormSchema.problems(schema, complete)).as("schema problems").matches(problems -> problems.isEmpty() == engineOnly);
        Map<String, Object> fine = Render.project(blueprint, List.of(), valid, work.resolve("v"), false).answers().values();
        assertThat(FormSchema.problems(schema, fine)).isEmpty();
    }

    @Test
    void everyDeclaredRuleHasACase() {
        List<String> covered = cases().map(arguments -> arguments.get()[0] + ": " + arguments.get()[1]).sorted().toList();
        List<String> declared = Stream.of("hobbyist", "enterprise", "step-functions")
                .flatMap(id -> Render.BUNDLED.get(id).rules().stream().map(Rule::condition).map(rule -> id + ": " + rule))
                .sorted().toList();
        assertThat(declared).isEqualTo(covered);
    }

    /** The regions the rules list are VpcLinkZones' table, and its two-zone regions those the rules name. */
    @Test
    void theRegionRulesFollowVpcLinkZones() throws Exception {
        String table = Files.readString(Render.repository().resolve(
                "blueprints/_shared/metaflow/template/src/main/java/{{packagePath}}/network/VpcLinkZones.java"));
        Matcher entry = Pattern.compile("Map\\.entry\\(\"([a-z0-9-]+)\", List\\.of\\(([^)]*)\\)\\)").matcher(table);
        Set<String> regions = new TreeSet<>();
        Set<String> twoZones = new TreeSet<>();
        while (entry.find()) {
            regions.add(entry.group(1));
            if (entry.group(2).split(",").length == 2) {
                twoZones.add(entry.group(1));
            }
        }
        assertThat(regions).isEqualTo(new TreeSet<>(List.of(VPC_LINK_REGIONS.split("\\|"))));
        assertThat(twoZones).containsExactlyInAnyOrder("us-west-1", "ap-east-1", "ca-central-1", "eu-west-3");
    }

    @Test
    void noQuestionThatDoesNotApplyIsRecorded() {
        Map<String, Object> fargate = Render.project("hobbyist", List.of(), Map.of("computeType", "fargate",
                "metadataService", "false"), work.resolve("h"), false).provenance().answers();
        assertThat(fargate).doesNotContainKeys("instanceTypes", "rootVolumeSize", "metadataServiceImageTag",
                "postgresMajorVersion");
        Map<String, Object> existing = Render.project("enterprise", List.of(), Map.of("existingVpcId", VPC,
                "privateSubnetIds", SUBNET_A + "," + SUBNET_B, "ui", "false", "spotQueue", "false", "gpuQueue", "false"),
                work.resolve("e"), false).provenance().answers();
        assertThat(existing).doesNotContainKeys("vpcCidr", "availabilityZones", "natGateways", "interfaceEndpoints",
                "spotInstanceTypes", "gpuInstanceTypes", "gpuMaxVcpus", "uiDomainName", "hostedZoneName",
                "uiAuthentication", "uiInternal", "oidcIssuer");
    }
}

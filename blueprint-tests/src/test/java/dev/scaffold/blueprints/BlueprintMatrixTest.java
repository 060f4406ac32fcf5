package dev.scaffold.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.render.GeneratedProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every supported combination of a blueprint's options (hobbyist: metadata service x EC2/Fargate x Spot;
 * enterprise: new or existing VPC, Postgres or Aurora, UI with Cognito or OIDC or none, queues, HA
 * network; each with and without step-functions) renders, compiles (warnings are errors), and
 * synthesizes with zero cdk-nag errors and zero CloudFormation validation findings: the generated
 * project's own {@code MetaflowAppTest} synthesizes the app exactly as its {@code main} configures it,
 * and runs here, in-process, against the rendered answers.
 */
class BlueprintMatrixTest {

    @TempDir
    Path work;

    static Stream<Arguments> hobbyistCombinations() {
        List<Arguments> combinations = new ArrayList<>();
        for (boolean metadataService : List.of(true, false)) {
            for (String computeType : List.of("ec2", "fargate")) {
                for (boolean spot : List.of(false, true)) {
                    Map<String, String> answers = new LinkedHashMap<>();
                    answers.put("metadataService", String.valueOf(metadataService));
                    answers.put("computeType", computeType);
                    answers.put("spot", String.valueOf(spot));
                    combinations.add(Arguments.of("hobbyist", List.of(), answers));
                }
            }
        }
        for (String computeType : List.of("ec2", "fargate")) {
            combinations.add(Arguments.of("hobbyist", List.of("step-functions"), Map.of("computeType", computeType)));
        }
        combinations.add(Arguments.of("enterprise", List.of(), ExampleSpec.UI));
        combinations.add(Arguments.of("enterprise", List.of("step-functions"), withUi("databaseEngine", "aurora-postgresql")));
        combinations.add(Arguments.of("enterprise", List.of(), Map.of(
                "existingVpcId", "vpc-0abc1234def567890",
                "privateSubnetIds", "subnet-0abc1234def567891,subnet-0abc1234def567892",
                "databaseSubnetIds", "subnet-0abc1234def567893,subnet-0abc1234def567894",
                "ui", "false", "spotQueue", "false", "restopWhileAsleep", "false")));
        combinations.add(Arguments.of("enterprise", List.of(), withUi(
                "availabilityZones", "3", "natGateways", "3", "interfaceEndpoints", "false", "gpuQueue", "false",
                "uiAuthentication", "oidc", "uiInternal", "true",
                "oidcIssuer", "https://login.acme.example", "oidcAuthorizationEndpoint", "https://login.acme.example/authorize",
                "oidcTokenEndpoint", "https://login.acme.example/token", "oidcUserInfoEndpoint", "https://login.acme.example/userinfo",
                "oidcClientId", "metaflow-ui", "oidcClientSecretName", "metaflow/ui-oidc")));
        combinations.add(Arguments.of("enterprise", List.of(), with(Map.of(
                "package", "org.acme.ml.platform", "stackName", "AcmeMetaflow", "account", "210987654321", "region", "eu-west-1",
                "uiDomainName", "flows.ml.acme.io", "hostedZoneName", "ml.acme.io", "alarmEmail", "oncall@acme.io",
                "metadataTasks", "3", "metadataMaxTasks", "6", "retainData", "false"),
                "efs", "true", "rootVolumeSize", "500")));
        combinations.add(Arguments.of("hobbyist", List.of(), answers(
                "package", "org.acme.ml.platform", "projectName", "acme-flows", "stackName", "AcmeMetaflow",
                "account", "210987654321", "region", "eu-west-1", "retainData", "false", "postgresMajorVersion", "14",
                "metadataSpot", "true", "restopWhileAsleep", "false",
                // Cost tags (with Metaflow's allowed / and @), a budget and its address, secrets on by default.
                "costTags", "team=ml,cost-center=ml/42,owner=ops@acme.io", "monthlyBudget", "50",
                "budgetEmail", "ops@acme.io")));
        return combinations.stream();
    }

    /** Answers given as name, value, name, value, ... (more than Map.of takes). */
    private static Map<String, String> answers(String... namesAndValues) {
        return with(Map.of(), namesAndValues);
    }

    /** These answers plus further names and values. */
    private static Map<String, String> with(Map<String, String> answers, String... namesAndValues) {
        Map<String, String> all = new LinkedHashMap<>(answers);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            all.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return all;
    }

    /** These answers and the stand-in UI host and zone that enterprise requires while ui is true. */
    private static Map<String, String> withUi(String... namesAndValues) {
        return with(ExampleSpec.UI, namesAndValues);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("hobbyistCombinations")
    void rendersCompilesAndSynthesizesCleanly(String blueprint, List<String> layers, Map<String, String> answers) {
        Path project = work.resolve("project");
        GeneratedProject generated = Render.project(blueprint, layers, answers, project, true);
        String appPackage = (String) generated.answers().get("package");

        Path classes = InProcessCompiler.compile(project);
        long passed = GeneratedTestRunner.run(project, classes, List.of(appPackage + ".MetaflowAppTest"));

        assertThat(passed).isPositive();
    }

    /** generated-example runs the whole suite of the hobbyist render; this runs it with the layer too. */
    @Test
    void hobbyistWithStepFunctionsPassesItsWholeTestSuite() {
        Path project = work.resolve("project");
        Render.project("hobbyist", List.of("step-functions"), Map.of(), project, true);

        Path classes = InProcessCompiler.compile(project);
        List<String> tests = Render.testClasses(project);
        assertThat(tests).contains("com.example.metaflow.stepfunctions.StepFunctionsSchedulingTest");

        assertThat(GeneratedTestRunner.run(project, classes, tests)).isGreaterThan(70);
    }
}

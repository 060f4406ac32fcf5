package dev.scaffold.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.catalog.Blueprint;
import dev.scaffold.catalog.IdleCost;
import dev.scaffold.catalog.IdleCostEntry;
import dev.scaffold.catalog.IdleCostEstimate;
import dev.scaffold.render.GeneratedProject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The idle cost the engine computes from the manifests' {@code idleCost:} is the one the generated
 * README states: its bold total, its options rows, and (hobbyist) each line, so the two cannot drift.
 * The README's tables are the reviewed figures (us-east-1 list prices, arithmetic shown).
 */
class IdleCostReadmeTest {

    @TempDir
    Path work;

    private GeneratedProject render(String blueprint, Map<String, String> answers) {
        return Render.project(blueprint, List.of(), answers, work.resolve("p"), false);
    }

    private static IdleCostEstimate estimate(GeneratedProject project) {
        return IdleCost.estimate(project.composition().parts(), project.answers());
    }

    private static String readme(GeneratedProject project) {
        return project.files().stream().filter(file -> file.path().equals("README.md")).findFirst().orElseThrow().text();
    }

    /** The bold number of the table row whose first cell is {@code **total**...}: {@code | **total** | | **29.66** |}. */
    private static BigDecimal boldTotal(String readme) {
        Matcher total = Pattern.compile("(?m)^\\| \\*\\*total\\*\\*.*\\| \\*\\*(?:≈ )?([0-9.]+)\\*\\* \\|$").matcher(readme);
        assertThat(total.find()).as("a '| **total** ... | **N** |' row in the README").isTrue();
        return new BigDecimal(total.group(1));
    }

    /** The last cell of the options row starting with {@code | `label}: {@code +36.50}, {@code −58.40}, {@code $0.00}. */
    private static BigDecimal optionRow(String readme, String label) {
        Matcher row = Pattern.compile("(?m)^\\| " + Pattern.quote(label) + ".*\\| ([+−]?)\\$?([0-9.]+) \\|$").matcher(readme);
        assertThat(row.find()).as("an options row starting with '%s'", label).isTrue();
        BigDecimal amount = new BigDecimal(row.group(2));
        return row.group(1).equals("−") ? amount.negate() : amount;
    }

    @Test
    void hobbyistAtItsDefaultsCostsTheReadmeTotalLineByLine() {
        GeneratedProject project = render("hobbyist", Map.of());
        String readme = readme(project);
        IdleCostEstimate estimate = estimate(project);
        assertThat(estimate.monthlyUsd()).isEqualTo(boldTotal(readme)).isEqualTo(new BigDecimal("29.66"));
        String table = readme.substring(readme.indexOf("| resource (defaults)"), readme.indexOf("| **total**"));
        List<BigDecimal> rows = Pattern.compile("(?m)\\| ([0-9]+\\.[0-9]{2}) \\|$").matcher(table).results()
                .map(match -> new BigDecimal(match.group(1))).toList();
        assertThat(estimate.lines()).extracting(IdleCostEstimate.Line::monthlyUsd).containsExactlyElementsOf(rows);
        assertThat(readme).contains("it idles at about\n**$29.66 a month**.");
    }

    // Fargate Spot runs tasks at up to a 70% discount off the Fargate price (aws.amazon.com/fargate/pricing).
    @Test
    void hobbyistWithTheMetadataServiceOnFargateSpotCostsItsOptionsRow() {
        GeneratedProject project = render("hobbyist", Map.of("metadataSpot", "true"));
        assertThat(estimate(project).monthlyUsd())
                .isEqualTo(optionRow(readme(project), "`MetadataOptions` `capacity(FARGATE_SPOT)`"))
                .isEqualTo(new BigDecimal("22.22"));
        assertThat(readme(project)).contains("the metadata service on Fargate Spot", "**$22.22 a month**.");
    }

    @Test
    void hobbyistWithoutTheMetadataServiceCostsNothing() {
        GeneratedProject project = render("hobbyist", Map.of("metadataService", "false"));
        assertThat(estimate(project).monthlyUsd()).isEqualTo(optionRow(readme(project), "`MetadataOptions` `enabled(false)`").setScale(2));
        assertThat(readme(project)).contains("**$0.00 a month**.");
        assertThat(estimate(render("hobbyist", Map.of("computeType", "fargate", "spot", "true"))).monthlyUsd())
                .as("`computeType(FARGATE)` or `spot(true)`: no change").isEqualTo(new BigDecimal("29.66"));
    }

    @Test
    void enterpriseAtItsDefaultsCostsTheReadmeTotal() {
        GeneratedProject project = render("enterprise", ExampleSpec.UI);
        assertThat(estimate(project).monthlyUsd()).isEqualTo(boldTotal(readme(project))).isEqualTo(new BigDecimal("335.05"));
    }

    /** An options row of the enterprise README and the answers that make it. */
    static Stream<Arguments> enterpriseOptions() {
        return Stream.of(
                Arguments.of("`natGateways(2)`", Map.of("natGateways", "2")),
                Arguments.of("`maxAzs(3)`, one NAT", Map.of("availabilityZones", "3")),
                Arguments.of("`maxAzs(3)`, `natGateways(3)`", Map.of("availabilityZones", "3", "natGateways", "3")),
                Arguments.of("`interfaceEndpoints(false)`", Map.of("interfaceEndpoints", "false")),
                Arguments.of("existing VPC", Map.of("existingVpcId", "vpc-0abc1234def567890",
                        "privateSubnetIds", "subnet-0abc1234def567891,subnet-0abc1234def567892")),
                Arguments.of("Aurora `db.t4g.medium`", Map.of("databaseEngine", "aurora-postgresql")),
                Arguments.of("no UI", Map.of("ui", "false")),
                Arguments.of("`stepImages` (on by default)", Map.of("stepImages", "false")),
                Arguments.of("`sharedFileSystem(true)`", Map.of("efs", "true")),
                Arguments.of("Spot/GPU queues, `hardenedInstances`, `rootVolumeSize`", Map.of("rootVolumeSize", "500")),
                Arguments.of("UI `internal(true)`", Map.of("uiInternal", "true")),
                Arguments.of("UI with OIDC", Map.of("uiAuthentication", "oidc", "oidcIssuer", "https://id.example.com",
                        "oidcAuthorizationEndpoint", "https://id.example.com/authorize", "oidcTokenEndpoint", "https://id.example.com/token",
                        "oidcUserInfoEndpoint", "https://id.example.com/userinfo", "oidcClientId", "metaflow",
                        "oidcClientSecretName", "metaflow/oidc")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enterpriseOptions")
    void enterpriseOptionsChangeTheTotalAsTheReadmeSays(String row, Map<String, String> answers) {
        GeneratedProject defaults = render("enterprise", ExampleSpec.UI);
        Map<String, String> changed = new LinkedHashMap<>(answers.containsKey("ui") ? Map.of() : ExampleSpec.UI);
        changed.putAll(answers);
        BigDecimal delta = estimate(Render.project("enterprise", List.of(), changed, work.resolve("q"), false)).monthlyUsd()
                .subtract(estimate(defaults).monthlyUsd());
        assertThat(delta).isEqualByComparingTo(optionRow(readme(defaults), row));
    }

    /** Where an entry's arithmetic is a product ({@code 730 h × 0.25 × $0.04048 a task}), it makes its amount. */
    @Test
    void everyProductArithmeticMakesItsAmount() {
        List<Blueprint> bundled = Render.BUNDLED.list();
        int checked = 0;
        for (Blueprint blueprint : bundled) {
            for (IdleCostEntry entry : blueprint.idleCost()) {
                String arithmetic = entry.arithmetic() == null ? "" : entry.arithmetic().replaceAll("\\(.*\\)", "");
                if (!arithmetic.contains("×") || arithmetic.matches(".*(about|estimate|\\+).*")) {
                    continue;
                }
                BigDecimal product = BigDecimal.ONE;
                for (String factor : arithmetic.split("×")) {
                    Matcher number = Pattern.compile("\\$?([0-9]+(?:\\.[0-9]+)?)").matcher(factor);
                    assertThat(number.find()).as("%s: a number in '%s'", entry.item(), factor).isTrue();
                    product = product.multiply(new BigDecimal(number.group(1)));
                }
                assertThat(product).as("%s %s: %s", blueprint.id(), entry.item(), entry.arithmetic())
                        .isEqualByComparingTo(entry.monthlyUsd());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(25);
    }
}

package dev.scaffold.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.ExitCodes;
import dev.scaffold.ScaffoldException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code when:} skips a parameter; {@code rules:} check combinations, only over parameters that apply. */
class WhenAndRulesTest {

    private static Parameter integer(String name, long defaultValue, String when) {
        return new Parameter(name, ParameterType.INTEGER, null, "h", defaultValue, false, null, 0L, 9L, List.of(), null,
                false, null, when == null ? null : Condition.parse(when));
    }

    private static final Parameter EXISTING = new Parameter("existingVpcId", ParameterType.STRING, null, "h", null, false,
            "^vpc-[0-9a-f]+$", null, null, List.of(), null, false);
    private static final Parameter SUBNETS = new Parameter("subnets", ParameterType.LIST, null, "h", List.of(), false,
            "^subnet-[0-9a-f]+$", null, null, List.of(), null, false, null, Condition.parse("existingVpcId"));

    private final List<Parameter> parameters = List.of(EXISTING, SUBNETS,
            integer("zones", 2, "!existingVpcId"), integer("nats", 1, "!existingVpcId"));
    private final List<Rule> rules = List.of(
            new Rule(Condition.parse("nats <= zones"), "one NAT per zone at most.", null),
            new Rule(Condition.parse("size(subnets) >= 2"), "two subnets at least.", Condition.parse("existingVpcId")));

    private Answers resolve(Map<String, String> given) {
        return new AnswerResolver(parameters, rules, Optional.empty()).resolve(given, Map.of());
    }

    @Test
    void recordsOnlyTheParametersThatApply() {
        assertThat(resolve(Map.of()).values()).containsOnlyKeys("zones", "nats");
        assertThat(resolve(Map.of("existingVpcId", "vpc-1a", "subnets", "subnet-1,subnet-2")).values())
                .containsOnlyKeys("existingVpcId", "subnets");
    }

    @Test
    void doesNotValidateAParameterThatDoesNotApply() {
        Map<String, Object> file = Map.of("existingVpcId", "vpc-1a", "subnets", List.of("subnet-1", "subnet-2"), "zones", 99);
        assertThatThrownBy(() -> new AnswerResolver(parameters, rules, Optional.empty()).resolve(Map.of(), file))
                .hasMessage("zones applies only when existingVpcId is empty: remove it from the answers file");
        AnswerResolver.Resolution recorded = new AnswerResolver(parameters, rules, Optional.empty())
                .resolveRecorded(Map.of(), file);
        assertThat(recorded.answers().values()).doesNotContainKey("zones");
        assertThat(recorded.dropped()).containsExactly("zones applies only when existingVpcId is empty");
    }

    @Test
    void aBrokenRuleNamesItsParametersOnOneLine() {
        assertThatThrownBy(() -> resolve(Map.of("zones", "2", "nats", "3")))
                .isInstanceOf(ScaffoldException.class)
                .hasMessage("nats=3, zones=2 break the rule nats <= zones: one NAT per zone at most.")
                .extracting(e -> ((ScaffoldException) e).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThatThrownBy(() -> resolve(Map.of("existingVpcId", "vpc-1a", "subnets", "subnet-1")))
                .hasMessage("subnets=subnet-1 breaks the rule size(subnets) >= 2: two subnets at least.");
    }

    @Test
    void aRuleOverAParameterThatDoesNotApplyIsNotChecked() {
        Parameter bigNats = integer("nats", 5, "!existingVpcId");
        List<Parameter> withBigDefault = List.of(EXISTING, SUBNETS, integer("zones", 2, "!existingVpcId"), bigNats);
        assertThat(new AnswerResolver(withBigDefault, rules, Optional.empty())
                .resolve(Map.of("existingVpcId", "vpc-1a", "subnets", "subnet-1,subnet-2"), Map.of()).values())
                .containsOnlyKeys("existingVpcId", "subnets");
    }

    @Test
    void aRequiredParameterWithWhenIsMissingOnlyWhileItAppliesAndSaysWhen() {
        Parameter auth = new Parameter("auth", ParameterType.CHOICE, null, "h", "cognito", false, null, null, null,
                List.of("cognito", "oidc"), null, false);
        Parameter issuer = new Parameter("issuer", ParameterType.STRING, null, "h", null, true, "^https://.+$", null, null,
                List.of(), null, false, null, Condition.parse("auth == 'oidc'"));
        Parameter client = new Parameter("client", ParameterType.STRING, null, "h", null, true, "^[a-z]+$", null, null,
                List.of(), null, false, null, Condition.parse("auth == 'oidc'"));
        AnswerResolver resolver = new AnswerResolver(List.of(auth, issuer, client), List.of(), Optional.empty());
        assertThat(resolver.resolve(Map.of(), Map.of()).values()).containsOnlyKeys("auth");
        assertThatThrownBy(() -> resolver.resolve(Map.of("auth", "oidc"), Map.of()))
                .hasMessage("issuer and client are required when auth is oidc: pass -P issuer=... -P client=...");
    }
}

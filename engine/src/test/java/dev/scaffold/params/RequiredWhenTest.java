package dev.scaffold.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.ExitCodes;
import dev.scaffold.ScaffoldException;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code required: <condition>}: a value is needed only while the condition holds on the answers before it. */
class RequiredWhenTest {

    private static final String DOMAIN = "^([a-z0-9]+\\.)+[a-z]{2,63}$";

    private static Parameter flag(String name, boolean defaultValue) {
        return new Parameter(name, ParameterType.BOOLEAN, null, "help", defaultValue, false, null, null, null, List.of(),
                null, false);
    }

    private static Parameter text(String name, boolean required, String requiredWhen) {
        return new Parameter(name, ParameterType.STRING, null, "help", null, required, DOMAIN, null, null, List.of(), null,
                false, requiredWhen == null ? null : Condition.parse(requiredWhen));
    }

    private final List<Parameter> parameters = List.of(flag("ui", true),
            text("uiDomainName", false, "ui"), text("hostedZoneName", false, "ui"));

    private Answers resolve(List<Parameter> parameters, Map<String, String> given) {
        return new AnswerResolver(parameters, Optional.empty()).resolve(given, Map.of());
    }

    @Test
    void failsOnOneLineNamingEveryMissingParameterTheConditionAndTheWayOut() {
        assertThatThrownBy(() -> resolve(parameters, Map.of()))
                .isInstanceOf(ScaffoldException.class)
                .hasMessage("uiDomainName and hostedZoneName are required when ui is true: "
                        + "pass -P uiDomainName=... -P hostedZoneName=... (or -P ui=false)")
                .extracting(e -> ((ScaffoldException) e).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThatThrownBy(() -> resolve(parameters, Map.of("uiDomainName", "metaflow.acme.io")))
                .hasMessage("hostedZoneName is required when ui is true: pass -P hostedZoneName=... (or -P ui=false)");
    }

    @Test
    void isSatisfiedByTheValuesFromTheCommandLineOrTheAnswersFile() {
        Answers answers = new AnswerResolver(parameters, Optional.empty())
                .resolve(Map.of("uiDomainName", "metaflow.acme.io"), Map.of("hostedZoneName", "acme.io"));
        assertThat(answers.values()).containsEntry("ui", true)
                .containsEntry("uiDomainName", "metaflow.acme.io").containsEntry("hostedZoneName", "acme.io");
    }

    @Test
    void staysOptionalAndEmptyWhileTheConditionIsFalse() {
        assertThat(resolve(parameters, Map.of("ui", "false")).values())
                .containsOnlyKeys("ui").containsEntry("ui", false);
        assertThat(new AnswerResolver(parameters, Optional.empty()).resolve(Map.of(), Map.of("ui", false)).values())
                .doesNotContainKeys("uiDomainName", "hostedZoneName");
    }

    @Test
    void reportsAlwaysRequiredAndEachConditionTogether() {
        List<Parameter> mixed = List.of(text("name", true, null), flag("ui", true), flag("vpn", false),
                text("uiDomainName", false, "ui"), text("gateway", false, "!vpn"), text("zone", false, "ui && !vpn"));
        assertThatThrownBy(() -> resolve(mixed, Map.of()))
                .hasMessage("missing required parameter name (give them with -P name=value or --answers FILE); "
                        + "uiDomainName is required when ui is true: pass -P uiDomainName=... (or -P ui=false); "
                        + "gateway is required when vpn is false: pass -P gateway=... (or -P vpn=true); "
                        + "zone is required when ui && !vpn: pass -P zone=...");
    }

    @Test
    void aTextConditionIsTrueWhenTheTextIsSet() {
        List<Parameter> vpc = List.of(text("vpcName", false, null), text("subnetName", false, "vpcName"));
        assertThat(resolve(vpc, Map.of()).values()).isEmpty();
        assertThatThrownBy(() -> resolve(vpc, Map.of("vpcName", "main.acme.io")))
                .hasMessage("subnetName is required when vpcName is set: pass -P subnetName=...");
    }

    @Test
    void thePromptDoesNotLetItBeSkippedWhileTheConditionHolds() {
        StringWriter shown = new StringWriter();
        Prompter prompter = new Prompter(new BufferedReader(new StringReader("\n\nmetaflow.acme.io\nacme.io\n")),
                new PrintWriter(shown));
        Answers answers = new AnswerResolver(parameters, Optional.of(prompter)).resolve(Map.of(), Map.of());
        assertThat(answers.values()).containsEntry("uiDomainName", "metaflow.acme.io").containsEntry("hostedZoneName", "acme.io");
        assertThat(shown.toString())
                .contains("ui [true]: ")
                .contains("uiDomainName:   a value is required when ui\nuiDomainName: ")
                .contains("  allowed: text, matching " + DOMAIN + "\nhostedZoneName: ")
                .doesNotContain("optional");
    }

    @Test
    void thePromptOffersToSkipItWhileTheConditionIsFalse() {
        StringWriter shown = new StringWriter();
        Prompter prompter = new Prompter(new BufferedReader(new StringReader("false\n\n\n")), new PrintWriter(shown));
        Answers answers = new AnswerResolver(parameters, Optional.of(prompter)).resolve(Map.of(), Map.of());
        assertThat(answers.values()).containsOnlyKeys("ui");
        assertThat(shown.toString()).contains("uiDomainName (optional, Enter to skip): ");
    }

    @Test
    void describesTheRequirementAndKeepsItOutOfTheValueSchema() {
        Parameter domain = parameters.get(1);
        assertThat(domain.requirement()).isEqualTo("required when ui");
        assertThat(domain.required()).isFalse();
        assertThat(text("name", true, null).requirement()).isEqualTo("required");
        assertThat(text("name", false, null).requirement()).isEqualTo("optional");
        assertThat(ParameterValidator.schemaOf(domain).toString())
                .isEqualTo(ParameterValidator.schemaOf(text("uiDomainName", false, null)).toString())
                .doesNotContain("required");
    }
}

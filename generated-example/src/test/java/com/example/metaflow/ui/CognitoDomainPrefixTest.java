package com.example.metaflow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.TestApps;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;

/**
 * Cognito prefix domains are unique per region across all accounts. Their rules: Amazon Cognito
 * API Reference, CreateUserPoolDomain, Domain (1 to 63 characters, pattern below); Amazon Cognito
 * Developer Guide, "Using the Amazon Cognito prefix domain for managed login" (no "aws", "amazon"
 * or "cognito").
 */
class CognitoDomainPrefixTest {

    private static final String COGNITO_PATTERN = "^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$";
    private static final String LONG_NAME =
            "Metaflow-Production-Data-Science-Platform-For-The-Recommendations-Team-Eu-West";

    @Test
    void aLongStackNameKeepsItsBeginningAndAHashWithinSixtyThreeCharacters() {
        Template template = MetaflowUiTest.ui(new Stack(TestApps.app(), "Long", StackProps.builder()
                .env(TestApps.ENV).stackName(LONG_NAME).build()), options());

        String domain = domainOf(template);
        assertEquals(63, domain.length(), domain);
        assertTrue(domain.matches(COGNITO_PATTERN), domain);
        assertTrue(domain.matches("metaflow-production-data-science-platform-[0-9a-f]{8}-123456789012"), domain);
        assertEquals(CognitoDomainPrefix.of(LONG_NAME, TestApps.ACCOUNT), domain);
        String sameBeginning = CognitoDomainPrefix.of(LONG_NAME + "-Two", TestApps.ACCOUNT);
        assertEquals(63, sameBeginning.length(), sameBeginning);
        assertNotEquals(domain, sameBeginning);
    }

    @Test
    void namesTheStackAndTheAccountSoTwoStacksInOneAccountDiffer() {
        assertEquals("metaflow-teststack-123456789012", domainOf(MetaflowUiTest.ui(TestApps.stack(), options())));
        assertEquals("metaflowdev-123456789012", CognitoDomainPrefix.of("MetaflowDev", TestApps.ACCOUNT));
        // a stack named Metaflow keeps the prefix of earlier versions, so its domain is not replaced
        assertEquals("metaflow-123456789012", CognitoDomainPrefix.of("Metaflow", TestApps.ACCOUNT));
        assertEquals("metaflow-210987654321", CognitoDomainPrefix.of("Metaflow", "210987654321"));
    }

    @Test
    void dropsTheReservedWordsAndStillTellsTheNamesApart() {
        String prefix = CognitoDomainPrefix.of("Metaflow-AWS-Cognito-Amazon", TestApps.ACCOUNT);

        assertTrue(prefix.matches(COGNITO_PATTERN), prefix);
        assertTrue(prefix.matches("metaflow-[0-9a-f]{8}-123456789012"), prefix);
        assertNotEquals(CognitoDomainPrefix.of("Metaflow", TestApps.ACCOUNT), prefix);
        String nested = CognitoDomainPrefix.of("awawsscognitoamazon", TestApps.ACCOUNT);
        assertTrue(nested.matches(COGNITO_PATTERN), nested);
        for (String reserved : new String[] {"aws", "amazon", "cognito"}) {
            assertFalse(prefix.contains(reserved) || nested.contains(reserved), prefix + " " + nested);
        }
    }

    @Test
    void isTheSameOnEverySynthesisAndAlwaysBounded() {
        assertEquals(CognitoDomainPrefix.of(LONG_NAME, TestApps.ACCOUNT), CognitoDomainPrefix.of(LONG_NAME,
                TestApps.ACCOUNT));
        String hyphens = CognitoDomainPrefix.namePart("a" + "-b".repeat(63));
        assertTrue(hyphens.length() <= CognitoDomainPrefix.MAX_NAME_PART && hyphens.matches(COGNITO_PATTERN), hyphens);
    }

    private static UiOptions options() {
        return UiOptions.builder().domainName("metaflow." + TestApps.HOSTED_ZONE)
                .hostedZoneName(TestApps.HOSTED_ZONE).build();
    }

    @SuppressWarnings("unchecked")
    private static String domainOf(Template template) {
        Map<String, Object> domain = template.findResources("AWS::Cognito::UserPoolDomain").values().iterator().next();
        return (String) ((Map<String, Object>) domain.get("Properties")).get("Domain");
    }
}

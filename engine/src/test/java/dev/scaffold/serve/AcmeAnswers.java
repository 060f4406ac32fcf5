package dev.scaffold.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** The answers the browser test types into the enterprise form (UI with OIDC sign-in), and what the API offers. */
final class AcmeAnswers {

    private AcmeAnswers() {
    }

    static Map<String, String> enterprise(String projectName) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("projectName", projectName);
        answers.put("stackName", "acme");
        answers.put("uiDomainName", "metaflow.acme.com");
        answers.put("hostedZoneName", "acme.com");
        answers.put("uiAuthentication", "oidc");
        answers.put("oidcIssuer", "https://login.acme.com");
        answers.put("oidcAuthorizationEndpoint", "https://login.acme.com/authorize");
        answers.put("oidcTokenEndpoint", "https://login.acme.com/token");
        answers.put("oidcUserInfoEndpoint", "https://login.acme.com/userinfo");
        answers.put("oidcClientId", "metaflow-ui");
        answers.put("oidcClientSecretName", "metaflow/oidc-client");
        return answers;
    }

    /** Whether GET /api/blueprints gives the blueprint an idle cost (the catalog and review show it then). */
    static boolean apiGivesIdleCost(ScaffoldServer server, String id) throws IOException {
        JsonNode list = new ObjectMapper().readTree(URI.create(server.url() + "api/blueprints").toURL());
        for (JsonNode blueprint : list) {
            if (blueprint.path("id").asText().equals(id)) {
                return blueprint.hasNonNull("idleCost");
            }
        }
        throw new AssertionError("no " + id + " in GET /api/blueprints: " + list);
    }
}

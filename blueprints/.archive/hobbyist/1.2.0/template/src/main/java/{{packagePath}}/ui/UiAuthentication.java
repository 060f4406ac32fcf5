package {{package}}.ui;

import java.util.Objects;

/**
 * Who may open the Metaflow UI: the load balancer authenticates every request before it reaches
 * the UI, either against a Cognito user pool created in the stack or an existing OpenID Connect
 * identity provider (Okta, Entra ID, Google Workspace...).
 */
public sealed interface UiAuthentication {

    /** A Cognito user pool of the stack: administrators create users, MFA (TOTP) required. */
    static UiAuthentication cognito() {
        return new Cognito();
    }

    /**
     * An existing OIDC provider. Register the client with redirect URI
     * {@code https://<domainName>/oauth2/idpresponse}, and store its secret as the plain string of a
     * Secrets Manager secret named {@code clientSecretName}.
     */
    static UiAuthentication oidc(String issuer, String authorizationEndpoint, String tokenEndpoint,
            String userInfoEndpoint, String clientId, String clientSecretName) {
        return new Oidc(issuer, authorizationEndpoint, tokenEndpoint, userInfoEndpoint, clientId, clientSecretName);
    }

    /** Cognito user pool authentication. */
    record Cognito() implements UiAuthentication {
    }

    /**
     * OpenID Connect authentication; every endpoint is an https URL of the provider.
     *
     * @param issuer the provider's issuer identifier
     * @param authorizationEndpoint its authorization endpoint
     * @param tokenEndpoint its token endpoint
     * @param userInfoEndpoint its user info endpoint
     * @param clientId the client registered for the UI
     * @param clientSecretName name of the Secrets Manager secret holding the client secret
     */
    record Oidc(String issuer, String authorizationEndpoint, String tokenEndpoint, String userInfoEndpoint,
            String clientId, String clientSecretName) implements UiAuthentication {

        public Oidc {
            for (String url : new String[] {issuer, authorizationEndpoint, tokenEndpoint, userInfoEndpoint}) {
                if (url == null || !url.startsWith("https://")) {
                    throw new IllegalArgumentException("OIDC issuer and endpoints must be https URLs, got \"" + url
                            + "\". Copy them from the provider's /.well-known/openid-configuration.");
                }
            }
            Objects.requireNonNull(clientId, "OIDC clientId is required");
            if (clientSecretName == null || clientSecretName.isBlank()) {
                throw new IllegalArgumentException("OIDC clientSecretName must name a Secrets Manager secret, got \""
                        + clientSecretName + "\". Store the client secret first: aws secretsmanager create-secret.");
            }
        }
    }
}

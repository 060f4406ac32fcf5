package com.example.metaflow.ui;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.FeaturePlan;
import software.amazon.awscdk.services.cognito.IUserPool;
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.MfaSecondFactor;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.cognito.UserPoolDomain;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.AuthenticateOidcOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.actions.AuthenticateCognitoAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.actions.AuthenticateCognitoActionProps;
import software.constructs.Construct;

/**
 * Signs users in on the load balancer before it forwards, for either {@link UiAuthentication}: an
 * authenticate-oidc action, or a Cognito user pool of the stack with its hosted domain and an app
 * client, and an authenticate-cognito action. The pool is retained when the stack is deleted (it
 * holds the users); its domain and client are not.
 */
final class UiSignIn {

    private final UiOptions options;
    private final UserPool pool;
    private final UserPoolClient client;
    private final UserPoolDomain domain;

    UiSignIn(Construct scope, UiOptions options) {
        this.options = options;
        if (options.authentication() instanceof UiAuthentication.Oidc) {
            this.pool = null;
            this.client = null;
            this.domain = null;
            return;
        }
        this.pool = UserPool.Builder.create(scope, "UserPool")
                .selfSignUpEnabled(false)
                .signInAliases(SignInAliases.builder().email(true).build())
                .mfa(Mfa.REQUIRED)
                .mfaSecondFactor(MfaSecondFactor.builder().otp(true).sms(false).build())
                .passwordPolicy(PasswordPolicy.builder().minLength(12).requireDigits(true).requireLowercase(true)
                        .requireUppercase(true).requireSymbols(true).build())
                .accountRecovery(AccountRecovery.EMAIL_ONLY)
                .featurePlan(FeaturePlan.ESSENTIALS)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        NagSuppressions.addResourceSuppressions(pool, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-COG3")
                .reason("Threat protection needs the Plus feature plan, billed per active user; users are created"
                        + " by administrators only and must use TOTP MFA with 12-character passwords.")
                .build()));
        Stack stack = Stack.of(scope);
        this.domain = pool.addDomain("Domain", UserPoolDomainOptions.builder()
                .cognitoDomain(CognitoDomainOptions.builder()
                        .domainPrefix(CognitoDomainPrefix.of(stack.getStackName(), stack.getAccount())).build())
                .build());
        this.client = pool.addClient("Client", UserPoolClientOptions.builder()
                .generateSecret(true)
                .oAuth(OAuthSettings.builder()
                        .flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
                        .scopes(List.of(OAuthScope.OPENID, OAuthScope.EMAIL))
                        .callbackUrls(List.of("https://" + options.domainName() + "/oauth2/idpresponse"))
                        .build())
                .build());
    }

    /** The Cognito user pool; empty with OIDC. */
    Optional<IUserPool> userPool() {
        return Optional.ofNullable(pool);
    }

    /** Authenticate, then {@code next}. */
    ListenerAction action(ListenerAction next) {
        if (options.authentication() instanceof UiAuthentication.Oidc oidc) {
            return ListenerAction.authenticateOidc(AuthenticateOidcOptions.builder()
                    .issuer(oidc.issuer())
                    .authorizationEndpoint(oidc.authorizationEndpoint())
                    .tokenEndpoint(oidc.tokenEndpoint())
                    .userInfoEndpoint(oidc.userInfoEndpoint())
                    .clientId(oidc.clientId())
                    .clientSecret(SecretValue.secretsManager(oidc.clientSecretName()))
                    .next(next)
                    .build());
        }
        return new AuthenticateCognitoAction(AuthenticateCognitoActionProps.builder()
                .userPool(pool).userPoolClient(client).userPoolDomain(domain).next(next).build());
    }
}

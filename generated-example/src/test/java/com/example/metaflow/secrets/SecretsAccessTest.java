package com.example.metaflow.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.TestApps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;

/**
 * What Metaflow's {@code @secrets} needs from AWS Secrets Manager (Netflix/metaflow
 * metaflow/plugins/aws/secrets_manager/aws_secrets_manager_secrets_provider.py: one
 * get_secret_value call per source, as the task's role) and the configuration it reads
 * (metaflow/metaflow_config.py: DEFAULT_SECRETS_BACKEND_TYPE, AWS_SECRETS_MANAGER_DEFAULT_REGION).
 */
class SecretsAccessTest {

    @Test
    void theJobRoleReadsOnlyTheStacksSecretsWhateverTheirRandomSuffix() {
        Stack stack = TestApps.stack();
        Role role = Role.Builder.create(stack, "JobRole").assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com")).build();

        new SecretsAccess(stack, "Secrets", role);

        // A secret's ARN is arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-<6 random
        // characters> (AWS Secrets Manager User Guide, "Permissions reference", ARN format): the
        // trailing * after the prefix's slash matches every name below it and the suffix.
        Template.fromStack(stack).hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of(
                "Statement", List.of(Map.of("Effect", "Allow", "Action", "secretsmanager:GetSecretValue",
                        "Resource", "arn:aws:secretsmanager:us-east-1:123456789012:secret:metaflow/TestStack/*")))));
        // Nothing else: no kms:Decrypt (aws/secretsmanager needs none), no ListSecrets, no writes.
        String template = Template.fromStack(stack).toJSON().toString();
        assertFalse(template.contains("kms:") || template.contains("ListSecrets") || template.contains("PutSecretValue"));
    }

    @Test
    void configuresTheBackendMetaflowRegistersAndTheStacksRegion() {
        Stack stack = TestApps.stack();
        Role role = Role.Builder.create(stack, "JobRole").assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com")).build();

        SecretsAccess secrets = new SecretsAccess(stack, "Secrets", role);

        // AwsSecretsManagerSecretsProvider.TYPE is "aws-secrets-manager".
        assertEquals(Map.of("METAFLOW_DEFAULT_SECRETS_BACKEND_TYPE", "aws-secrets-manager",
                "METAFLOW_AWS_SECRETS_MANAGER_DEFAULT_REGION", "us-east-1"), secrets.configValues());
        Template.fromStack(stack).hasOutput(SecretsAccess.PREFIX_OUTPUT, Map.of("Value", "metaflow/TestStack/"));
    }

    @Test
    void thePrefixHasNoDotSinceMetaflowSplitsStringSourcesAtTheFirstDot() {
        // metaflow/plugins/secrets/secrets_spec.py secret_spec_from_str: "a.b" means backend a, id b.
        assertEquals("metaflow/my-stack/", SecretsAccess.prefix("my-stack"));
        assertTrue(SecretsOptions.builder().build().enabled());
        assertFalse(SecretsOptions.builder().enabled(false).build().enabled());
    }
}

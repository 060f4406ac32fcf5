package com.example.metaflow.secrets;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.Construct;

/**
 * Lets Batch tasks read this deployment's secrets with Metaflow's {@code @secrets}: the job role may
 * call {@code secretsmanager:GetSecretValue} on secrets named {@code metaflow/<stack>/...} only, and
 * the Metaflow configuration names the backend and its region.
 *
 * <p>Metaflow (metaflow/plugins/aws/secrets_manager/aws_secrets_manager_secrets_provider.py) makes
 * exactly one call per source, {@code get_secret_value(SecretId=...)}, as the task's own role unless
 * a {@code role} is given (then it assumes that role first; none is configured here). Step Functions
 * runs the same Batch jobs with the same job role, so scheduled runs read secrets the same way.
 *
 * <p>No KMS grant: {@code just secret-put} creates secrets with Secrets Manager's AWS managed key
 * {@code aws/secretsmanager}, which every principal of the account that may call Secrets Manager can
 * use through it (Secrets Manager API Reference, CreateSecret/UpdateSecret, KmsKeyId). A secret that
 * someone encrypts with another key needs kms:Decrypt on that key added to the job role.
 */
public final class SecretsAccess extends Construct {

    /** Output naming the prefix; {@code scripts/secret-put} reads it and the region from the stack. */
    public static final String PREFIX_OUTPUT = "SecretsPrefix";
    /** The type Metaflow's AwsSecretsManagerSecretsProvider registers under (its TYPE). */
    public static final String BACKEND_TYPE = "aws-secrets-manager";

    private final String prefix;
    private final String secretsArn;

    public SecretsAccess(Construct scope, String id, IRole jobRole) {
        super(scope, id);
        Stack stack = Stack.of(this);
        this.prefix = prefix(stack.getStackName());
        // Secret ARNs end in the name, a dash and 6 random characters: the * after the prefix covers them.
        this.secretsArn = stack.formatArn(ArnComponents.builder()
                .service("secretsmanager").resource("secret").resourceName(prefix + "*")
                .arnFormat(ArnFormat.COLON_RESOURCE_NAME).build());
        jobRole.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("secretsmanager:GetSecretValue"))
                .resources(List.of(secretsArn))
                .build());
        NagSuppressions.addResourceSuppressions(jobRole, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("@secrets reads secrets by name; the wildcard covers the names below this stack's prefix "
                        + prefix + " and the 6 random characters Secrets Manager appends to each secret's ARN.")
                .appliesTo(List.of(RegexAppliesTo.builder()
                        .regex("/^Resource::arn:.+:secretsmanager:.+:secret:" + prefix + "\\*$/").build()))
                .build()), true);
        CfnOutput.Builder.create(this, "Prefix")
                .description("Names of the secrets @secrets may read (just secret-put NAME creates " + prefix + "NAME)")
                .value(prefix)
                .build()
                .overrideLogicalId(PREFIX_OUTPUT);
    }

    /**
     * The prefix of the secrets a stack's tasks may read. Stack names hold letters, digits and dashes
     * only, never a dot: Metaflow splits a string source at its first dot into backend type and id
     * (metaflow/plugins/secrets/secrets_spec.py, secret_spec_from_str).
     */
    public static String prefix(String stackName) {
        return "metaflow/" + stackName + "/";
    }

    /** The prefix of this deployment's secrets, e.g. {@code metaflow/metaflow/}. */
    public String prefix() {
        return prefix;
    }

    /** The ARN pattern the job role may read. */
    public String secretsArn() {
        return secretsArn;
    }

    /**
     * {@code METAFLOW_DEFAULT_SECRETS_BACKEND_TYPE} and {@code METAFLOW_AWS_SECRETS_MANAGER_DEFAULT_REGION}
     * (metaflow/metaflow_config.py); Metaflow passes both on to Batch tasks (plugins/aws/batch/batch.py).
     */
    public Map<String, String> configValues() {
        return Map.of("METAFLOW_DEFAULT_SECRETS_BACKEND_TYPE", BACKEND_TYPE,
                "METAFLOW_AWS_SECRETS_MANAGER_DEFAULT_REGION", Stack.of(this).getRegion());
    }
}

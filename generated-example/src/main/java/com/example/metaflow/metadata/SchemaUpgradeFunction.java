package com.example.metaflow.metadata;

import com.example.metaflow.network.MetaflowNetwork;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * A Lambda function in the VPC that runs the metadata schema upgrade after the service image is
 * bumped: invoked with {@code {"action": "status"}} it returns {@code GET /db_schema_status}, with
 * {@code {"action": "upgrade"}} it calls {@code PATCH /upgrade} on the migration API. {@code just
 * db-status} and {@code just db-upgrade} invoke it; afterwards force a new deployment so the tasks
 * restart on the upgraded schema.
 *
 * <p>An upgrade may take minutes (goose creates indexes on large tables): the function waits up to
 * 14 of Lambda's 15 minutes, and the load balancer's idle timeout ({@link
 * MetadataLoadBalancer#IDLE_TIMEOUT}) is longer, so the call is never cut off with a 504 while
 * the migration goes on.
 *
 * <p>Invoked by hand rather than as a custom resource on every deployment: an upgrade should be a
 * deliberate step after reading the release notes, and a failed custom resource would roll back
 * the image bump while the schema stays upgraded.
 */
public final class SchemaUpgradeFunction extends Construct {

    static final String PYTHON = """
            import json
            import os
            import urllib.request

            UPGRADE_SECONDS = 840

            def handler(event, context):
                action = (event or {}).get("action", "status")
                if action not in ("status", "upgrade"):
                    raise ValueError(f"action must be 'status' or 'upgrade', got {action!r}")
                path, method = ("/db_schema_status", "GET") if action == "status" else ("/upgrade", "PATCH")
                request = urllib.request.Request(os.environ["MIGRATION_URL"] + path, method=method)
                with urllib.request.urlopen(request, timeout=UPGRADE_SECONDS) as response:
                    body = response.read().decode()
                return {"status": response.status, "body": json.loads(body) if body.startswith("{") else body}
            """;

    private final Function function;

    public SchemaUpgradeFunction(Construct scope, String id, MetaflowNetwork network, MetadataLoadBalancer target) {
        super(scope, id);
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .retention(RetentionDays.ONE_YEAR)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        Role role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Metaflow schema upgrade: network interfaces in the VPC, its own logs")
                .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName(
                        "service-role/AWSLambdaVPCAccessExecutionRole")))
                .build();
        logs.grantWrite(role);
        this.function = Function.Builder.create(this, "Resource")
                .description("Reads or upgrades the Metaflow metadata database schema through the migration API")
                .runtime(Runtime.PYTHON_3_14)
                .architecture(Architecture.ARM_64)
                .handler("index.handler")
                .code(Code.fromInline(PYTHON))
                .memorySize(128)
                .timeout(Duration.minutes(15))
                .vpc(network.vpc())
                .vpcSubnets(network.serviceSubnets())
                .environment(Map.of("MIGRATION_URL", target.migrationUrl()))
                .role(role)
                .logGroup(logs)
                .build();
        target.allowMigrationFrom(function);
        NagSuppressions.addResourceSuppressions(role, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM4")
                .reason("AWSLambdaVPCAccessExecutionRole is the AWS-maintained policy for the network interfaces a"
                        + " Lambda function in a VPC needs; its EC2 actions have no resource-level scoping.")
                .appliesTo(List.of(RegexAppliesTo.builder().regex(
                        "/^Policy::arn:.+:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole$/").build()))
                .build()));
    }

    /** The function; {@code aws lambda invoke --payload '{"action":"upgrade"}'} runs the upgrade. */
    public IFunction function() {
        return function;
    }
}

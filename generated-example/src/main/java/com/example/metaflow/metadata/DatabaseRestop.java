package com.example.metaflow.metadata;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ecs.IBaseService;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.iam.PolicyStatement;
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
 * Keeps a sleeping deployment asleep. RDS starts a database that has been stopped for seven days
 * ("The instance restarts automatically after 7 days", StopDBInstance in the RDS API reference;
 * Aurora clusters likewise) and then emits RDS-EVENT-0154 "DB instance is being started due to it
 * exceeding the maximum allowed time being stopped." (RDS-EVENT-0153 "DB cluster is being started
 * ..." for Aurora), category notification (Amazon RDS event categories and event messages). An
 * EventBridge rule on that event of this database alone invokes a small function, which stops the
 * database again once it is available, and only while the metadata service's desired count is 0
 * ({@code just sleep}); a database started by hand, or by {@code just wake}, emits no such event.
 *
 * <p>The event arrives while the database is still starting, when RDS refuses to stop it, so the
 * function polls its status for up to 14 minutes; if it is still not available, the function
 * fails and Lambda retries the event twice. AWS service events on the default bus and a function
 * run once a week cost nothing measurable.
 */
public final class DatabaseRestop extends Construct {

    static final String PYTHON = """
            import os
            import time

            import boto3

            POLL_SECONDS = 30


            def clients():
                return boto3.client("rds"), boto3.client("ecs")


            def asleep(ecs):
                found = ecs.describe_services(cluster=os.environ["CLUSTER"], services=[os.environ["SERVICE"]])
                return [s["desiredCount"] for s in found["services"]] == [0]


            def status(rds):
                name = os.environ["DB_IDENTIFIER"]
                if os.environ["DB_KIND"] == "cluster":
                    return rds.describe_db_clusters(DBClusterIdentifier=name)["DBClusters"][0]["Status"]
                return rds.describe_db_instances(DBInstanceIdentifier=name)["DBInstances"][0]["DBInstanceStatus"]


            def stop(rds):
                name = os.environ["DB_IDENTIFIER"]
                if os.environ["DB_KIND"] == "cluster":
                    rds.stop_db_cluster(DBClusterIdentifier=name)
                else:
                    rds.stop_db_instance(DBInstanceIdentifier=name)


            def handler(event, context):
                rds, ecs = clients()
                if not asleep(ecs):
                    return {"stopped": False, "reason": "the metadata service is awake"}
                state = status(rds)
                while state != "available":
                    if state in ("stopping", "stopped"):
                        return {"stopped": False, "reason": f"the database is already {state}"}
                    if context.get_remaining_time_in_millis() < (POLL_SECONDS + 30) * 1000:
                        raise TimeoutError(f"the database is still {state}; Lambda retries this event")
                    time.sleep(POLL_SECONDS)
                    state = status(rds)
                if not asleep(ecs):
                    return {"stopped": False, "reason": "the metadata service woke up meanwhile"}
                stop(rds)
                print("stopped", os.environ["DB_IDENTIFIER"], "again: the deployment is asleep")
                return {"stopped": True, "reason": "asleep"}
            """;

    private final Function function;

    public DatabaseRestop(Construct scope, String id, MetadataDatabase database, IBaseService service) {
        super(scope, id);
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .retention(RetentionDays.ONE_YEAR)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        Role role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Metaflow re-stop: read the metadata service, stop its database, its own logs")
                .build();
        logs.grantWrite(role);
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("ecs:DescribeServices"))
                .resources(List.of(service.getServiceArn()))
                .build());
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(database.isCluster() ? List.of("rds:DescribeDBClusters", "rds:StopDBCluster")
                        : List.of("rds:DescribeDBInstances", "rds:StopDBInstance"))
                .resources(List.of(database.arn()))
                .build());
        this.function = Function.Builder.create(this, "Resource")
                .description("Stops the Metaflow metadata database again when AWS restarts it while asleep")
                .runtime(Runtime.PYTHON_3_14)
                .architecture(Architecture.ARM_64)
                .handler("index.handler")
                .code(Code.fromInline(PYTHON))
                .memorySize(128)
                .timeout(Duration.minutes(15))
                .retryAttempts(2)
                .maxEventAge(Duration.hours(1))
                .environment(Map.of(
                        "CLUSTER", service.getCluster().getClusterName(),
                        "SERVICE", service.getServiceName(),
                        "DB_KIND", database.isCluster() ? "cluster" : "instance",
                        "DB_IDENTIFIER", database.identifier()))
                .role(role)
                .logGroup(logs)
                .build();
        Rule.Builder.create(this, "AutoStartRule")
                .description("RDS started the stopped Metaflow metadata database after 7 days")
                .eventPattern(EventPattern.builder()
                        .source(List.of("aws.rds"))
                        .detailType(List.of(database.isCluster() ? "RDS DB Cluster Event" : "RDS DB Instance Event"))
                        .detail(Map.of(
                                "EventID", List.of(database.isCluster() ? "RDS-EVENT-0153" : "RDS-EVENT-0154"),
                                "SourceIdentifier", List.of(database.identifier())))
                        .build())
                .targets(List.of(new LambdaFunction(function)))
                .build();
    }

    /** The function; invoke it with any event to re-stop the database now if the service is at 0. */
    public IFunction function() {
        return function;
    }
}

package com.example.metaflow.stepfunctions;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awscdk.services.iam.IManagedPolicy;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * What {@code python flow.py step-functions create / trigger / list-runs / terminate / delete} need:
 * the role state machines run as, the role EventBridge schedules use, the DynamoDB table that
 * tracks foreach joins, a log group for {@code --log-execution-history}, and a managed policy for the
 * people and CI that run those commands. They grant the calls {@link MetaflowAwsCalls} lists, on
 * state machines named {@code <prefix>_*} (how Metaflow names them when METAFLOW_SFN_STATE_MACHINE_PREFIX
 * is set) and this deployment's other resources, except where AWS allows no narrower resource.
 */
public final class StepFunctionsScheduling extends Construct {

    private final String prefix;
    private final Table table;
    private final Role stateMachineRole;
    private final Role eventBridgeRole;
    private final LogGroup executionLogs;
    private final ManagedPolicy deployerPolicy;

    public StepFunctionsScheduling(Construct scope, String id, StepFunctionsSchedulingProps props) {
        super(scope, id);
        Stack stack = Stack.of(this);
        this.prefix = props.stateMachinePrefix().orElse(stack.getStackName());
        StepFunctionsArns arns = new StepFunctionsArns(stack, prefix);

        this.table = Table.Builder.create(this, "Table")
                .partitionKey(Attribute.builder().name("pathspec").type(AttributeType.STRING).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .timeToLiveAttribute("ttl")
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true).build())
                .encryption(props.encryptionKey().isPresent() ? TableEncryption.CUSTOMER_MANAGED : TableEncryption.AWS_MANAGED)
                .encryptionKey(props.encryptionKey().orElse(null))
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        table.grant(props.jobRole(), MetaflowAwsCalls.JOB_ROLE_TABLE.toArray(String[]::new));

        this.executionLogs = LogGroup.Builder.create(this, "ExecutionLogs")
                .retention(props.logRetention())
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();

        this.stateMachineRole = Role.Builder.create(this, "StateMachineRole")
                .assumedBy(new ServicePrincipal("states.amazonaws.com"))
                .description("Runs Metaflow's " + prefix + "_* state machines (METAFLOW_SFN_IAM_ROLE)")
                .build();
        StateMachinePermissions.grant(stateMachineRole, arns, props, table);

        this.eventBridgeRole = Role.Builder.create(this, "EventBridgeRole")
                .assumedBy(new ServicePrincipal("events.amazonaws.com"))
                .description("Starts Metaflow's scheduled " + prefix + "_* state machines (METAFLOW_EVENTS_SFN_ACCESS_IAM_ROLE)")
                .build();
        eventBridgeRole.addToPrincipalPolicy(statement(MetaflowAwsCalls.EVENT_BRIDGE_ROLE, List.of(arns.stateMachines())));

        this.deployerPolicy = new DeployerPolicy(this, "DeployerPolicy", arns, props, stateMachineRole, eventBridgeRole)
                .policy();
        CfnOutput.Builder.create(this, "DeployerPolicyArn")
                .description("Managed policy to attach to the people and CI that run step-functions commands")
                .value(deployerPolicy.getManagedPolicyArn())
                .build()
                .overrideLogicalId("StepFunctionsDeployerPolicyArn");
        StepFunctionsNagSuppressions.stateMachineRole(stateMachineRole);
        StepFunctionsNagSuppressions.eventBridgeRole(eventBridgeRole);
        StepFunctionsNagSuppressions.deployerPolicy(deployerPolicy);
    }

    /** The Metaflow client configuration keys of Step Functions scheduling. */
    public Map<String, String> configValues() {
        Map<String, String> values = new TreeMap<>();
        values.put("METAFLOW_SFN_IAM_ROLE", stateMachineRole.getRoleArn());
        values.put("METAFLOW_EVENTS_SFN_ACCESS_IAM_ROLE", eventBridgeRole.getRoleArn());
        values.put("METAFLOW_SFN_DYNAMO_DB_TABLE", table.getTableName());
        values.put("METAFLOW_SFN_STATE_MACHINE_PREFIX", prefix);
        values.put("METAFLOW_SFN_EXECUTION_LOG_GROUP_ARN", executionLogs.getLogGroupArn());
        return values;
    }

    /** The prefix of this deployment's state machine names. */
    public String stateMachinePrefix() {
        return prefix;
    }

    /** The table Metaflow tracks foreach joins in. */
    public ITable table() {
        return table;
    }

    /** The role state machines run as. */
    public IRole stateMachineRole() {
        return stateMachineRole;
    }

    /** The role EventBridge schedules start state machines with. */
    public IRole eventBridgeRole() {
        return eventBridgeRole;
    }

    /** The log group of {@code step-functions create --log-execution-history}. */
    public ILogGroup executionLogs() {
        return executionLogs;
    }

    /** Attach this to the people and CI roles that run {@code step-functions} commands. */
    public IManagedPolicy deployerPolicy() {
        return deployerPolicy;
    }

    static PolicyStatement statement(List<String> actions, List<String> resources) {
        return PolicyStatement.Builder.create().actions(actions).resources(resources).build();
    }

    static PolicyStatement conditioned(PolicyStatement statement, String operator, String key, List<String> values) {
        statement.addCondition(operator, Map.of(key, values));
        return statement;
    }
}

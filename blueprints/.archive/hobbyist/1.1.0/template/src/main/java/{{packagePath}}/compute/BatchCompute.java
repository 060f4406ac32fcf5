package {{package}}.compute;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.batch.FargateComputeEnvironment;
import software.amazon.awscdk.services.batch.IJobQueue;
import software.amazon.awscdk.services.batch.IManagedComputeEnvironment;
import software.amazon.awscdk.services.batch.JobQueue;
import software.amazon.awscdk.services.batch.ManagedEc2EcsComputeEnvironment;
import software.amazon.awscdk.services.batch.OrderedComputeEnvironment;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

/**
 * The AWS Batch queue that runs {@code @batch} steps, on a managed compute environment that
 * scales from 0 vCPUs, plus the IAM roles Metaflow hands to each job.
 *
 * <p>Public IPs: Batch EC2 instances take the compute subnets' auto-assign setting (the L2 has
 * no switch for it), and Metaflow registers Fargate job definitions with
 * {@code assignPublicIp: ENABLED} itself, so in public subnets both reach ECR, Docker Hub and S3
 * without a NAT gateway.
 */
public final class BatchCompute extends Construct {

    /** Log group that Batch jobs without a log configuration write to. */
    private static final String BATCH_JOB_LOG_GROUP = "/aws/batch/job";

    private final JobQueue jobQueue;
    private final Role jobRole;
    private final Role fargateExecutionRole;

    public BatchCompute(Construct scope, String id, BatchComputeProps props) {
        super(scope, id);
        IManagedComputeEnvironment computeEnvironment = props.computeType() == ComputeType.FARGATE
                ? FargateComputeEnvironment.Builder.create(this, "ComputeEnvironment")
                        .vpc(props.network().vpc())
                        .vpcSubnets(props.network().computeSubnets())
                        .spot(props.spot())
                        .maxvCpus(props.maxVcpus())
                        .build()
                : ManagedEc2EcsComputeEnvironment.Builder.create(this, "ComputeEnvironment")
                        .vpc(props.network().vpc())
                        .vpcSubnets(props.network().computeSubnets())
                        .instanceTypes(props.instanceTypes().stream()
                                .filter(type -> !BatchComputeProps.isFamily(type)).map(InstanceType::new).toList())
                        .instanceClasses(props.instanceTypes().stream().filter(BatchComputeProps::isFamily)
                                .map(family -> BatchComputeProps.instanceClass(family).orElseThrow()).toList())
                        .useOptimalInstanceClasses(false)
                        .spot(props.spot())
                        .minvCpus(0)
                        .maxvCpus(props.maxVcpus())
                        .build();
        this.jobQueue = JobQueue.Builder.create(this, "JobQueue")
                .computeEnvironments(List.of(OrderedComputeEnvironment.builder()
                        .computeEnvironment(computeEnvironment).order(1).build()))
                .priority(1)
                .build();
        this.jobRole = Role.Builder.create(this, "JobRole")
                .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com"))
                .description("Metaflow @batch steps: read and write the Metaflow datastore")
                .build();
        props.bucket().grantReadWrite(jobRole);
        this.fargateExecutionRole = props.computeType() == ComputeType.FARGATE ? createExecutionRole() : null;
        suppressNagFindings(computeEnvironment);
    }

    /** Value of {@code METAFLOW_BATCH_JOB_QUEUE}. */
    public IJobQueue jobQueue() {
        return jobQueue;
    }

    /** Value of {@code METAFLOW_ECS_S3_ACCESS_IAM_ROLE}: the role every job runs as. */
    public IRole jobRole() {
        return jobRole;
    }

    /**
     * Value of {@code METAFLOW_ECS_FARGATE_EXECUTION_ROLE}: lets Fargate pull images and write
     * job logs. Empty for EC2, where the instance role does this.
     */
    public Optional<IRole> fargateExecutionRole() {
        return Optional.ofNullable(fargateExecutionRole);
    }

    private Role createExecutionRole() {
        Stack stack = Stack.of(this);
        Role role = Role.Builder.create(this, "FargateExecutionRole")
                .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com"))
                .description("Metaflow @batch steps on Fargate: pull images, write /aws/batch/job logs")
                .build();
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("ecr:GetAuthorizationToken"))
                .resources(List.of("*"))
                .build());
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"))
                .resources(List.of(stack.formatArn(ArnComponents.builder()
                        .service("ecr").resource("repository").resourceName("*").build())))
                .build());
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("logs:CreateLogStream", "logs:PutLogEvents"))
                .resources(List.of(stack.formatArn(ArnComponents.builder()
                        .service("logs").resource("log-group").resourceName(BATCH_JOB_LOG_GROUP + ":*")
                        .arnFormat(ArnFormat.COLON_RESOURCE_NAME).build())))
                .build());
        return role;
    }

    private void suppressNagFindings(IManagedComputeEnvironment computeEnvironment) {
        NagSuppressions.addResourceSuppressions(jobRole, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("Steps read and write arbitrary keys under the Metaflow bucket; the wildcards are"
                        + " limited to object actions on that one bucket (grantReadWrite).")
                .appliesTo(List.of("Action::s3:Abort*", "Action::s3:DeleteObject*", "Action::s3:GetBucket*",
                        "Action::s3:GetObject*", "Action::s3:List*", regex("^Resource::<.+\\.Arn>/\\*$")))
                .build()), true);
        if (computeEnvironment instanceof ManagedEc2EcsComputeEnvironment) {
            NagSuppressions.addResourceSuppressions(computeEnvironment, List.of(NagPackSuppression.builder()
                    .id("AwsSolutions-IAM4")
                    .reason("The ECS container instance role of Batch EC2 hosts is the AWS-managed policy that"
                            + " AWS Batch documents and keeps current with the ECS agent.")
                    .appliesTo(List.of(regex("^Policy::arn:.+:iam::aws:policy/service-role/"
                            + "AmazonEC2ContainerServiceforEC2Role$")))
                    .build()), true);
        }
        if (fargateExecutionRole != null) {
            NagSuppressions.addResourceSuppressions(fargateExecutionRole, List.of(NagPackSuppression.builder()
                    .id("AwsSolutions-IAM5")
                    .reason("ecr:GetAuthorizationToken has no resource-level permissions; image pulls are limited"
                            + " to this account's repositories and log writes to streams of /aws/batch/job.")
                    .appliesTo(List.of("Resource::*", regex("^Resource::arn:.+:ecr:.+:repository/\\*$"),
                            regex("^Resource::arn:.+:logs:.+:log-group:/aws/batch/job:\\*$")))
                    .build()), true);
        }
    }

    private static RegexAppliesTo regex(String pattern) {
        return RegexAppliesTo.builder().regex("/" + pattern + "/").build();
    }
}

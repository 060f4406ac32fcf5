package com.example.metaflow.compute;

import com.example.metaflow.images.ContainerImages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.services.batch.EcsMachineImage;
import software.amazon.awscdk.services.batch.EcsMachineImageType;
import software.amazon.awscdk.services.batch.FargateComputeEnvironment;
import software.amazon.awscdk.services.batch.IJobQueue;
import software.amazon.awscdk.services.batch.IManagedComputeEnvironment;
import software.amazon.awscdk.services.batch.JobQueue;
import software.amazon.awscdk.services.batch.ManagedEc2EcsComputeEnvironment;
import software.amazon.awscdk.services.batch.OrderedComputeEnvironment;
import software.amazon.awscdk.services.ec2.ILaunchTemplate;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

/**
 * The AWS Batch queues that run {@code @batch} steps, each on a managed compute environment that
 * scales from 0 vCPUs, plus the IAM roles Metaflow hands to each job.
 *
 * <p>Public IPs: Batch EC2 instances take the compute subnets' auto-assign setting (the L2 has
 * no switch for it), and Metaflow registers Fargate job definitions with
 * {@code assignPublicIp: ENABLED} itself, so in public subnets both reach ECR, Docker Hub and S3
 * without a NAT gateway; in private subnets they go through NAT or VPC endpoints. With the stack's
 * pull-through cache, the roles that pull images may pull (and import) through it.
 */
public final class BatchCompute extends Construct {

    private final JobQueue jobQueue;
    private final Map<String, IJobQueue> additionalQueues = new LinkedHashMap<>();
    private final Role jobRole;
    private final Role fargateExecutionRole;
    private final Optional<String> containerRegistry;
    private final ISecurityGroup nodeSecurityGroup;
    private final List<IManagedComputeEnvironment> computeEnvironments = new ArrayList<>();
    private final List<IRole> pullingRoles;

    public BatchCompute(Construct scope, String id, BatchComputeProps props) {
        super(scope, id);
        ILaunchTemplate launchTemplate = InstanceLaunchTemplate.create(this, props);
        this.nodeSecurityGroup = props.computeType() == ComputeType.EC2 || !props.additionalQueues().isEmpty()
                ? NodeSecurityGroup.create(this, props.network().vpc()) : null;
        IManagedComputeEnvironment computeEnvironment = props.computeType() == ComputeType.FARGATE
                ? FargateComputeEnvironment.Builder.create(this, "ComputeEnvironment")
                        .vpc(props.network().vpc())
                        .vpcSubnets(props.network().computeSubnets())
                        .spot(props.spot())
                        .maxvCpus(props.maxVcpus())
                        .build()
                : ec2("ComputeEnvironment", props, new AdditionalQueue("Default", props.instanceTypes(),
                        props.spot(), false, props.maxVcpus()), launchTemplate);
        this.jobQueue = queue("JobQueue", computeEnvironment);
        computeEnvironments.add(computeEnvironment);
        this.jobRole = Role.Builder.create(this, "JobRole")
                .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com"))
                .description("Metaflow @batch steps: read and write the Metaflow datastore")
                .build();
        props.bucket().grantReadWrite(jobRole);
        this.fargateExecutionRole = props.computeType() == ComputeType.FARGATE ? FargateExecutionRole.create(this) : null;
        BatchNagSuppressions.jobRoles(jobRole, fargateExecutionRole, props.bucket().getEncryptionKey() != null);
        BatchNagSuppressions.computeEnvironment(computeEnvironment);
        this.pullingRoles = new ArrayList<>(fargateExecutionRole == null
                ? List.of(((ManagedEc2EcsComputeEnvironment) computeEnvironment).getInstanceRole())
                : List.of(fargateExecutionRole));
        for (AdditionalQueue spec : props.additionalQueues()) {
            ManagedEc2EcsComputeEnvironment environment =
                    ec2(spec.name() + "ComputeEnvironment", props, spec, launchTemplate);
            BatchNagSuppressions.computeEnvironment(environment);
            computeEnvironments.add(environment);
            additionalQueues.put(spec.name(), queue(spec.name() + "JobQueue", environment));
            pullingRoles.add(environment.getInstanceRole());
        }
        props.images().ifPresent(images -> pullingRoles.forEach(images::grantPull));
        this.containerRegistry = props.images().flatMap(ContainerImages::batchContainerRegistry);
    }

    /** Value of {@code METAFLOW_BATCH_JOB_QUEUE}: the default queue. */
    public IJobQueue jobQueue() {
        return jobQueue;
    }

    /** The additional queues by name, in the order given; empty by default. */
    public Map<String, IJobQueue> additionalQueues() {
        return Collections.unmodifiableMap(additionalQueues);
    }

    /** The compute environments, the default queue's first; their security groups are the jobs' network identity. */
    public List<IManagedComputeEnvironment> computeEnvironments() {
        return Collections.unmodifiableList(computeEnvironments);
    }

    /**
     * The roles that pull the steps' images: each EC2 compute environment's instance role (the
     * ECS agent pulls on EC2) or the Fargate execution role. Amazon ECR User Guide, "Using Amazon
     * ECR images with Amazon ECS": the container instance role on EC2, the task execution role on
     * Fargate; AWS Batch User Guide, "Amazon ECS instance role" and "AWS Batch IAM execution role".
     */
    public List<IRole> imagePullingRoles() {
        return Collections.unmodifiableList(pullingRoles);
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

    /**
     * Value of {@code METAFLOW_BATCH_CONTAINER_REGISTRY}: the pull-through cache's Docker library,
     * which Metaflow puts in front of images without a registry; empty without the cache.
     */
    public Optional<String> containerRegistry() {
        return containerRegistry;
    }

    private ManagedEc2EcsComputeEnvironment ec2(String id, BatchComputeProps props, AdditionalQueue spec,
            ILaunchTemplate launchTemplate) {
        ManagedEc2EcsComputeEnvironment.Builder builder = ManagedEc2EcsComputeEnvironment.Builder.create(this, id)
                .vpc(props.network().vpc())
                .vpcSubnets(props.network().computeSubnets())
                .instanceTypes(spec.instanceTypes().stream()
                        .filter(type -> !InstanceTypes.isFamily(type)).map(InstanceType::new).toList())
                .instanceClasses(spec.instanceTypes().stream().filter(InstanceTypes::isFamily)
                        .map(family -> InstanceTypes.instanceClass(family).orElseThrow()).toList())
                .useOptimalInstanceClasses(false)
                .securityGroups(List.of(nodeSecurityGroup))
                .spot(spec.spot())
                .minvCpus(0)
                .maxvCpus(spec.maxVcpus());
        if (spec.gpu()) {
            builder.images(List.of(EcsMachineImage.builder().imageType(EcsMachineImageType.ECS_AL2023_NVIDIA).build()));
        }
        if (launchTemplate != null) {
            builder.launchTemplate(launchTemplate);
        }
        return builder.build();
    }

    private JobQueue queue(String id, IManagedComputeEnvironment computeEnvironment) {
        return JobQueue.Builder.create(this, id)
                .computeEnvironments(List.of(OrderedComputeEnvironment.builder()
                        .computeEnvironment(computeEnvironment).order(1).build()))
                .priority(1)
                .build();
    }
}

package com.example.metaflow.compute;

import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.constructs.Construct;

/**
 * The security group of every EC2 compute environment: all outbound traffic, and all TCP from
 * itself, so that the nodes of a multi-node parallel job can reach each other.
 *
 * <p>Metaflow's {@code @parallel} (and {@code @torchrun}, {@code @deepspeed}, {@code @mpi} built on
 * it) runs as an AWS Batch multi-node parallel job (Netflix/metaflow
 * {@code metaflow/plugins/aws/batch/batch_client.py} registers {@code nodeProperties.numNodes};
 * {@code batch_decorator.py} has the workers find the main node through
 * {@code AWS_BATCH_JOB_MAIN_NODE_PRIVATE_IPV4_ADDRESS}) and the frameworks pick their own ports. Without self-ingress the workers cannot connect and the job hangs. AWS Batch User
 * Guide, "Multi-node parallel jobs": the nodes communicate over the compute environment's network.
 * Fargate does not run multi-node jobs, so it keeps Batch's default group.
 */
final class NodeSecurityGroup {

    private NodeSecurityGroup() {
    }

    static SecurityGroup create(Construct scope, IVpc vpc) {
        SecurityGroup group = SecurityGroup.Builder.create(scope, "NodeSecurityGroup")
                .vpc(vpc)
                .description("Metaflow Batch instances: all outbound; all TCP between nodes of @parallel jobs")
                .allowAllOutbound(true)
                .build();
        group.addIngressRule(group, Port.allTcp(), "Nodes of a Metaflow @parallel (multi-node) job");
        return group;
    }
}

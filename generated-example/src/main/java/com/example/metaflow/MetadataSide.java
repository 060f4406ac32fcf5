package com.example.metaflow;

import com.example.metaflow.compute.AdditionalQueue;
import com.example.metaflow.compute.ComputeOptions;
import com.example.metaflow.compute.ComputeType;
import com.example.metaflow.datastore.Datastore;
import com.example.metaflow.images.ContainerImages;
import com.example.metaflow.metadata.MetadataApi;
import com.example.metaflow.metadata.MetadataApiProps;
import com.example.metaflow.metadata.MetadataLoadBalancer;
import com.example.metaflow.metadata.MetadataLoadBalancerProps;
import com.example.metaflow.metadata.MetadataOptions;
import com.example.metaflow.metadata.MetadataService;
import com.example.metaflow.metadata.MetadataServiceProps;
import com.example.metaflow.metadata.SchemaUpgradeFunction;
import com.example.metaflow.metadata.SleepWake;
import com.example.metaflow.monitoring.Monitoring;
import com.example.metaflow.monitoring.MonitoringProps;
import com.example.metaflow.network.MetaflowNetwork;
import com.example.metaflow.ui.MetaflowUi;
import com.example.metaflow.ui.MetaflowUiProps;
import com.example.metaflow.ui.UiOptions;
import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;

/**
 * The metadata side of {@link MetaflowStack}: the service, its API, the internal load balancer,
 * the alarms, the UI and their outputs. Everything is created directly in the stack, under the
 * construct ids the stack always gave it, so that no live resource is replaced.
 *
 * @param service the metadata service
 * @param api the HTTP API in front of it
 * @param loadBalancer the internal load balancer, null unless configured
 */
record MetadataSide(MetadataService service, MetadataApi api, MetadataLoadBalancer loadBalancer) {

    /** Creates the metadata side in {@code stack}; only call it when {@code props.metadata().enabled()}. */
    static MetadataSide create(Stack stack, MetaflowNetwork network, MetaflowStackProps props,
            ContainerImages images, Datastore datastore) {
        MetadataOptions metadata = props.metadata();
        MetadataService service = new MetadataService(stack, "MetadataService", MetadataServiceProps.builder()
                .network(network)
                .imageTag(metadata.imageTag())
                .images(props.images().serviceImagesThroughCache() ? images : null)
                .postgresMajorVersion(metadata.postgresMajorVersion())
                .retainData(props.retainData())
                .database(metadata.database())
                .desiredCount(metadata.tasks())
                .maxCount(metadata.maxTasks())
                .containerInsights(props.operations().containerInsights())
                .logRetention(props.operations().logRetention())
                .capacity(metadata.capacity())
                .build());
        MetadataApi api = new MetadataApi(stack, "MetadataApi", MetadataApiProps.builder()
                .network(network)
                .service(service)
                .concurrentTasks(concurrentTasks(props.compute()))
                .build());
        MetadataLoadBalancer loadBalancer = metadata.internalLoadBalancer()
                ? createLoadBalancer(stack, network, service, datastore) : null;
        Monitoring alarms = null;
        if (props.operations().alarms()) {
            MonitoringProps.Builder monitoring = MonitoringProps.builder()
                    .service(service)
                    .loadBalancer(loadBalancer)
                    .minimumTasks(metadata.tasks());
            props.operations().alarmEmail().ifPresent(monitoring::alarmEmail);
            alarms = new Monitoring(stack, "Monitoring", monitoring.build());
        }
        MetaflowUi ui = props.ui() == null ? null : createUi(stack, network, service, datastore, props.ui());
        new SleepWake(stack, "SleepWake", service,
                ui == null ? List.of() : List.of(new SleepWake.Sleeper(ui.service(), MetaflowUi.TASKS)),
                alarms == null ? List.of() : List.of(alarms.runningTasksAlarm()), metadata.restopWhileAsleep());
        return new MetadataSide(service, api, loadBalancer);
    }

    /**
     * The most tasks running at once: a task per vCPU of every queue, but four per vCPU of a
     * Fargate queue, since Fargate's smallest task has 0.25 vCPU (additional queues are EC2).
     */
    private static int concurrentTasks(ComputeOptions compute) {
        int perVcpu = compute.computeType() == ComputeType.FARGATE ? 4 : 1;
        return perVcpu * compute.maxVcpus() + compute.additionalQueues().stream().mapToInt(AdditionalQueue::maxVcpus).sum();
    }

    private static MetaflowUi createUi(Stack stack, MetaflowNetwork network, MetadataService service, Datastore datastore,
            UiOptions ui) {
        MetaflowUi metaflowUi = new MetaflowUi(stack, "Ui", MetaflowUiProps.builder()
                .network(network).service(service).datastore(datastore).options(ui).build());
        CfnOutput.Builder.create(stack, "UiUrl")
                .description("The Metaflow UI; sign in with your Cognito or OIDC account")
                .value("https://" + ui.domainName())
                .build();
        metaflowUi.userPool().ifPresent(pool -> CfnOutput.Builder.create(stack, "UiUserPoolId")
                .description("Cognito user pool of the UI (aws cognito-idp admin-create-user --user-pool-id ...)")
                .value(pool.getUserPoolId())
                .build());
        return metaflowUi;
    }

    private static MetadataLoadBalancer createLoadBalancer(Stack stack, MetaflowNetwork network,
            MetadataService service, Datastore datastore) {
        MetadataLoadBalancerProps.Builder loadBalancerProps = MetadataLoadBalancerProps.builder()
                .network(network)
                .service(service);
        datastore.accessLogs().ifPresent(loadBalancerProps::accessLogs);
        MetadataLoadBalancer loadBalancer = new MetadataLoadBalancer(stack, "MetadataLoadBalancer",
                loadBalancerProps.build());
        SchemaUpgradeFunction upgrade = new SchemaUpgradeFunction(stack, "SchemaUpgrade", network, loadBalancer);
        CfnOutput.Builder.create(stack, "SchemaUpgradeFunctionName")
                .description("Lambda function running the metadata schema upgrade (just db-status / db-upgrade)")
                .value(upgrade.function().getFunctionName())
                .build();
        CfnOutput.Builder.create(stack, "MetadataClusterName")
                .description("ECS cluster of the metadata service (just db-upgrade restarts its tasks)")
                .value(service.service().getCluster().getClusterName())
                .build();
        CfnOutput.Builder.create(stack, "MetadataServiceName")
                .description("ECS service of the metadata service")
                .value(service.service().getServiceName())
                .build();
        return loadBalancer;
    }
}

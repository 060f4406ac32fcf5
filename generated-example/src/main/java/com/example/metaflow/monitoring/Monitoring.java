package com.example.metaflow.monitoring;

import com.example.metaflow.metadata.MetadataDatabase;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * CloudWatch alarms on the metadata service, sent to an SNS topic encrypted with a key that
 * CloudWatch may use: running tasks below the minimum (Container Insights), target 5xx responses,
 * database CPU above 80% and, for RDS, free storage below 2 GiB. Each alarm also notifies on
 * recovery.
 */
public final class Monitoring extends Construct {

    private static final double TWO_GIB = 2.0 * 1024 * 1024 * 1024;

    private final Topic topic;
    private final Alarm runningTasks;

    public Monitoring(Construct scope, String id, MonitoringProps props) {
        super(scope, id);
        Key key = Key.Builder.create(this, "TopicKey")
                .description("Encrypts the Metaflow alarm topic; CloudWatch may use it to publish")
                .enableKeyRotation(true)
                .build();
        key.grant(new ServicePrincipal("cloudwatch.amazonaws.com"), "kms:Decrypt", "kms:GenerateDataKey*");
        this.topic = Topic.Builder.create(this, "Topic")
                .displayName("Metaflow alarms")
                .masterKey(key)
                .enforceSsl(true)
                .build();
        props.alarmEmail().ifPresent(email -> topic.addSubscription(new EmailSubscription(email)));

        Metric runningTasks = Metric.Builder.create()
                .namespace("ECS/ContainerInsights")
                .metricName("RunningTaskCount")
                .dimensionsMap(Map.of(
                        "ClusterName", props.service().service().getCluster().getClusterName(),
                        "ServiceName", props.service().service().getServiceName()))
                .statistic("Minimum")
                .period(Duration.minutes(1))
                .build();
        this.runningTasks = alarm("RunningTasks", runningTasks, props.minimumTasks(), ComparisonOperator.LESS_THAN_THRESHOLD, 5,
                TreatMissingData.BREACHING, "Fewer metadata service tasks than " + props.minimumTasks() + " running");
        props.loadBalancer().ifPresent(loadBalancer -> alarm("Target5xx",
                loadBalancer.target5xxCount().with(MetricOptions.builder()
                        .statistic("Sum").period(Duration.minutes(5)).build()),
                10, ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 1, TreatMissingData.NOT_BREACHING,
                "Metadata service answered 10 or more requests with 5xx in 5 minutes"));
        MetadataDatabase database = props.service().database();
        alarm("DatabaseCpu", database.cpuUtilization(), 80, ComparisonOperator.GREATER_THAN_THRESHOLD, 3,
                TreatMissingData.MISSING, "Metadata database CPU above 80% for 15 minutes");
        database.freeStorageSpace().ifPresent(metric -> alarm("DatabaseStorage", metric, TWO_GIB,
                ComparisonOperator.LESS_THAN_THRESHOLD, 1, TreatMissingData.MISSING,
                "Metadata database has less than 2 GiB of free storage"));
    }

    /** The alarm on fewer running tasks than normal, which {@code just sleep} silences while asleep. */
    public IAlarm runningTasksAlarm() {
        return runningTasks;
    }

    /** The topic every alarm notifies; subscribe on-call tooling to it. */
    public ITopic topic() {
        return topic;
    }

    private Alarm alarm(String id, IMetric metric, double threshold, ComparisonOperator operator, int periods,
            TreatMissingData missingData, String description) {
        Alarm alarm = Alarm.Builder.create(this, id)
                .metric(metric)
                .threshold(threshold)
                .comparisonOperator(operator)
                .evaluationPeriods(periods)
                .treatMissingData(missingData)
                .alarmDescription(description)
                .build();
        SnsAction action = new SnsAction(topic);
        alarm.addAlarmAction(action);
        alarm.addOkAction(action);
        return alarm;
    }
}

package {{package}}.monitoring;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import {{package}}.TestApps;
import {{package}}.metadata.DatabaseEngine;
import {{package}}.metadata.DatabaseOptions;
import {{package}}.metadata.MetadataLoadBalancer;
import {{package}}.metadata.MetadataLoadBalancerProps;
import {{package}}.metadata.MetadataService;
import {{package}}.metadata.MetadataServiceProps;
import {{package}}.network.NewVpcNetwork;
import {{package}}.network.NewVpcNetworkProps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class MonitoringTest {

    private final Stack stack = TestApps.stack();
    private final NewVpcNetwork network = new NewVpcNetwork(stack, "Network", NewVpcNetworkProps.builder().build());

    @Test
    void alarmsOnTasks5xxAndTheDatabaseToAnEncryptedTopic() {
        MetadataService service = service(DatabaseOptions.builder().build());
        MetadataLoadBalancer loadBalancer = new MetadataLoadBalancer(stack, "MetadataLoadBalancer",
                MetadataLoadBalancerProps.builder().network(network).service(service).build());
        new Monitoring(stack, "Monitoring", MonitoringProps.builder().service(service).loadBalancer(loadBalancer)
                .minimumTasks(2).alarmEmail("ml-platform@example.com").build());

        Template template = Template.fromStack(stack);
        template.resourceCountIs("AWS::CloudWatch::Alarm", 4);
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "Namespace", "ECS/ContainerInsights", "MetricName", "RunningTaskCount", "Threshold", 2,
                "ComparisonOperator", "LessThanThreshold", "TreatMissingData", "breaching",
                "AlarmActions", List.of(Map.of("Ref", Match.stringLikeRegexp("MonitoringTopic.*"))),
                "OKActions", List.of(Map.of("Ref", Match.stringLikeRegexp("MonitoringTopic.*")))));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "MetricName", "HTTPCode_Target_5XX_Count", "Statistic", "Sum", "Threshold", 10));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("MetricName", "FreeStorageSpace"));
        template.hasResourceProperties("AWS::SNS::Topic", Map.of("KmsMasterKeyId", Match.anyValue()));
        template.hasResourceProperties("AWS::SNS::Subscription", Map.of(
                "Protocol", "email", "Endpoint", "ml-platform@example.com"));
    }

    @Test
    void auroraHasNoStorageAlarmAndWithoutLoadBalancerNo5xxAlarm() {
        new Monitoring(stack, "Monitoring", MonitoringProps.builder()
                .service(service(DatabaseOptions.builder().engine(DatabaseEngine.AURORA_POSTGRES).build())).build());

        Template template = Template.fromStack(stack);
        template.resourceCountIs("AWS::CloudWatch::Alarm", 2);
        template.resourceCountIs("AWS::SNS::Subscription", 0);
    }

    @Test
    void failsOnSomethingThatIsNotAnEmailAddress() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> MonitoringProps.builder()
                .service(service(DatabaseOptions.builder().build())).alarmEmail("ml-platform").build());
        assertTrue(error.getMessage().contains("got \"ml-platform\""), error.getMessage());
    }

    private MetadataService service(DatabaseOptions database) {
        return new MetadataService(stack, "MetadataService", MetadataServiceProps.builder()
                .network(network).database(database).build());
    }
}

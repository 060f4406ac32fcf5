package com.example.metaflow.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.TestApps;
import com.example.metaflow.network.DefaultVpcNetwork;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.cloudwatch.Alarm;

/**
 * The sleep/wake output and the re-stop. RDS restarts a database stopped for seven days ("The
 * instance restarts automatically after 7 days", API reference StopDBInstance) and emits, per
 * "Amazon RDS event categories and event messages" (RDS and Aurora user guides), RDS-EVENT-0154
 * "DB instance is being started due to it exceeding the maximum allowed time being stopped." or,
 * for an Aurora cluster, RDS-EVENT-0153 "DB cluster is being started due to it exceeding the
 * maximum allowed time being stopped."; EventBridge delivers them as detail-type "RDS DB Instance
 * Event" / "RDS DB Cluster Event" with detail.EventID and detail.SourceIdentifier (the aws.rds
 * schemas of the EventBridge schema registry, as CDK's aws_rds.events RDSDBInstanceEvent).
 */
class SleepWakeTest {

    private final Stack stack = TestApps.stack();
    private final MetadataServiceProps.Builder props =
            MetadataServiceProps.builder().network(new DefaultVpcNetwork(stack, "Network"));

    private Template synth(MetadataServiceProps serviceProps, boolean restop) {
        MetadataService service = new MetadataService(stack, "MetadataService", serviceProps);
        new SleepWake(stack, "SleepWake", service, List.of(), List.of(), restop);
        return Template.fromStack(stack);
    }

    @Test
    void publishesTheServicesDeployedCountAndTheDatabase() {
        Template template = synth(props.desiredCount(2).maxCount(4).build(), false);

        Map<String, Map<String, Object>> outputs = template.findOutputs(SleepWake.OUTPUT);
        assertEquals(1, outputs.size());
        String json = outputs.get(SleepWake.OUTPUT).get("Value").toString();
        for (String part : List.of("\"desiredCount\":2", "\"kind\":\"instance\"", "\"restop\":false")) {
            assertTrue(json.contains(part), json);
        }
        template.resourceCountIs("AWS::Events::Rule", 0);
        template.resourceCountIs("AWS::Lambda::Function", 0);
    }

    @Test
    void restopsThisInstanceOnlyOnItsAutomaticStartEvent() {
        Template template = synth(props.build(), true);

        template.hasResourceProperties("AWS::Events::Rule", Map.of("EventPattern", Map.of(
                "source", List.of("aws.rds"),
                "detail-type", List.of("RDS DB Instance Event"),
                "detail", Map.of(
                        "EventID", List.of("RDS-EVENT-0154"),
                        "SourceIdentifier", List.of(Map.of("Ref", Match.stringLikeRegexp("^MetadataServiceDatabase"))))),
                "State", "ENABLED"));
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "python3.14",
                "Timeout", 900,
                "Environment", Map.of("Variables", Match.objectLike(Map.of("DB_KIND", "instance")))));
        template.hasResourceProperties("AWS::Lambda::EventInvokeConfig", Map.of(
                "MaximumRetryAttempts", 2, "MaximumEventAgeInSeconds", 3600));
        template.hasResourceProperties("AWS::Lambda::Permission", Map.of(
                "Principal", "events.amazonaws.com", "Action", "lambda:InvokeFunction"));
    }

    @Test
    void mayOnlyDescribeTheServiceAndDescribeAndStopThisDatabase() {
        Template template = synth(props.build(), true);

        template.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of(
                "Version", "2012-10-17",
                "Statement", Match.arrayWith(List.of(
                        Map.of("Effect", "Allow", "Action", "ecs:DescribeServices",
                                "Resource", Map.of("Ref", Match.stringLikeRegexp("^MetadataService[0-9A-F]{8}$"))),
                        Map.of("Effect", "Allow", "Action", List.of("rds:DescribeDBInstances", "rds:StopDBInstance"),
                                "Resource", Match.objectLike(Map.of("Fn::Join", Match.anyValue()))))))));
        String policies = template.findResources("AWS::IAM::Policy").toString();
        for (String broader : List.of("Resource=*", "rds:*", "StartDB", "ecs:UpdateService")) {
            assertFalse(policies.contains(broader), broader + " in " + policies);
        }
    }

    @Test
    void restopsAnAuroraClusterWithTheClusterEventAndActions() {
        Template template = synth(props.database(DatabaseOptions.builder()
                .engine(DatabaseEngine.AURORA_POSTGRES).build()).build(), true);

        template.hasResourceProperties("AWS::Events::Rule", Map.of("EventPattern", Match.objectLike(Map.of(
                "detail-type", List.of("RDS DB Cluster Event"),
                "detail", Match.objectLike(Map.of("EventID", List.of("RDS-EVENT-0153")))))));
        template.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", List.of("rds:DescribeDBClusters", "rds:StopDBCluster")))))))));
        String output = template.findOutputs(SleepWake.OUTPUT).toString();
        assertTrue(output.contains("\"kind\":\"cluster\""), output);
    }

    @Test
    void namesTheAlarmsWhoseActionsSleepDisables() {
        MetadataService service = new MetadataService(stack, "MetadataService", props.build());
        Alarm alarm = Alarm.Builder.create(stack, "RunningTasks").metric(service.database().cpuUtilization())
                .threshold(1).evaluationPeriods(1).build();
        new SleepWake(stack, "SleepWake", service, List.of(), List.of(alarm), false);

        String output = Template.fromStack(stack).findOutputs(SleepWake.OUTPUT).toString();
        assertTrue(output.contains("\"alarms\":[\"") && output.contains("RunningTasks"), output);
    }

    @Test
    void keepsThePythonSmallEnoughForInlineCode() {
        // CloudFormation's AWS::Lambda::Function Code.ZipFile takes at most 4096 characters.
        assertTrue(DatabaseRestop.PYTHON.length() < 4096, DatabaseRestop.PYTHON.length() + " characters");
    }
}

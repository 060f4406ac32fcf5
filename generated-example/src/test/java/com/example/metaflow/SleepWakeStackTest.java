package com.example.metaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.metadata.MetadataOptions;
import com.example.metaflow.metadata.SleepWake;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** How {@link MetaflowStack} wires just sleep / just wake: the SleepWake output, the re-stop, the alarm. */
class SleepWakeStackTest {

    private static Template synth(MetadataOptions metadata, OperationsOptions operations) {
        return Template.fromStack(new MetaflowStack(TestApps.app(), "MetaflowStack", MetaflowStackProps.builder()
                .env(TestApps.ENV).metadata(metadata).operations(operations).build()));
    }

    @Test
    void publishesWhatSleepAndWakeNeedAndRestopsByDefault() {
        Template template = synth(MetadataOptions.builder().build(), OperationsOptions.builder().build());

        String output = template.findOutputs(SleepWake.OUTPUT).toString();
        for (String part : List.of("\"desiredCount\":1", "\"kind\":\"instance\"", "\"alarms\":[]", "\"restop\":true")) {
            assertTrue(output.contains(part), output);
        }
        template.hasResourceProperties("AWS::Events::Rule", Map.of("EventPattern",
                Match.objectLike(Map.of("detail-type", List.of("RDS DB Instance Event")))));
    }

    @Test
    void leavesTheRestopOutWhenTurnedOff() {
        Template template = synth(MetadataOptions.builder().restopWhileAsleep(false).build(),
                OperationsOptions.builder().build());

        template.resourceCountIs("AWS::Events::Rule", 0);
        assertTrue(template.findOutputs(SleepWake.OUTPUT).toString().contains("\"restop\":false"));
    }

    @Test
    void namesTheRunningTasksAlarmSoThatSleepCanSilenceIt() {
        Template template = synth(MetadataOptions.builder().build(),
                OperationsOptions.builder().alarms(true).containerInsights(true).build());

        String output = template.findOutputs(SleepWake.OUTPUT).toString();
        assertTrue(output.matches("(?s).*\"alarms\":\\[\", \\{Ref=MonitoringRunningTasks[0-9A-F]{8}}, \"\\].*"), output);
    }

    @Test
    void hasNoSleepWakeOutputWithoutTheMetadataService() {
        Template template = synth(MetadataOptions.builder().enabled(false).build(), OperationsOptions.builder().build());

        assertEquals(Map.of(), template.findOutputs(SleepWake.OUTPUT));
    }
}

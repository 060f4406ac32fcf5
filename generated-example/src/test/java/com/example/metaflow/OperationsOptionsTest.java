package com.example.metaflow;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.metaflow.metadata.MetadataOptions;
import org.junit.jupiter.api.Test;

class OperationsOptionsTest {

    @Test
    void failsOnAlarmsWithoutContainerInsights() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> OperationsOptions.builder().alarms(true).build());
        assertTrue(error.getMessage().contains("got alarms=true, containerInsights=false"), error.getMessage());
    }

    @Test
    void failsOnAnAlarmEmailWithoutAlarms() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> OperationsOptions.builder().alarmEmail("ml-platform@example.com").build());
        assertTrue(error.getMessage().contains("\"ml-platform@example.com\" is set but alarms are off"),
                error.getMessage());
    }

    @Test
    void failsOnAlarmsWithoutTheMetadataService() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> MetaflowStackProps
                .builder().env(TestApps.ENV).metadata(MetadataOptions.builder().enabled(false).build())
                .operations(OperationsOptions.builder().containerInsights(true).alarms(true).build()).build());
        assertTrue(error.getMessage().contains("got metadata enabled=false with alarms=true, ui=false"),
                error.getMessage());
    }
}

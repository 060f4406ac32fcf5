package com.example.metaflow.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link MetadataOptions}: its documented defaults and the checks its build() makes before any synthesis. */
class MetadataOptionsTest {

    @Test
    void defaultsToOneTaskOfAPinnedReleaseOnPostgres16WithoutAnInternalLoadBalancer() {
        MetadataOptions options = MetadataOptions.builder().build();

        assertTrue(options.enabled());
        assertEquals("v2.5.1", options.imageTag());
        assertEquals("16", options.postgresMajorVersion());
        assertEquals(DatabaseEngine.POSTGRES, options.database().engine());
        assertEquals(false, options.database().multiAz());
        assertEquals(1, options.tasks());
        assertEquals(1, options.maxTasks());
        assertEquals(false, options.internalLoadBalancer());
    }

    @Test
    void maxTasksFollowsTasksUnlessSet() {
        assertEquals(3, MetadataOptions.builder().tasks(3).build().maxTasks());
        assertEquals(6, MetadataOptions.builder().tasks(3).maxTasks(6).build().maxTasks());
    }

    @Test
    void failsOnFewerMaxTasksThanTasks() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MetadataOptions.builder().tasks(3).maxTasks(2).build());
        assertTrue(error.getMessage().contains("1 <= tasks <= maxTasks, got tasks=3, maxTasks=2"), error.getMessage());
    }

    @Test
    void failsOnAnInternalLoadBalancerWithoutTheService() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MetadataOptions.builder().enabled(false).internalLoadBalancer(true).build());
        assertTrue(error.getMessage().contains("got enabled=false with internalLoadBalancer=true"), error.getMessage());
    }

    @Test
    void failsOnAnUnpinnedImageTag() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MetadataOptions.builder().imageTag("latest").build());
        assertTrue(error.getMessage().startsWith("imageTag must be a pinned Docker tag"), error.getMessage());
    }
}

package com.example.metaflow.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;

/**
 * Metaflow's service client fails a task on a 429 and retries only a 503 (Netflix/metaflow
 * {@code metaflow/plugins/metadata_providers/service.py}, {@code _request}), so the throttle grows
 * with the tasks that can run at once, up to API Gateway's account default of 10,000 requests per
 * second with a burst of 5,000 ("Amazon API Gateway quotas").
 */
class ApiThrottleTest {

    @ParameterizedTest
    @CsvSource({"1, 50, 100", "64, 64, 640", "256, 256, 2560", "1000, 1000, 5000", "40000, 10000, 5000"})
    void allowsOneRequestASecondAndABurstOfTenPerConcurrentTask(int tasks, int rate, int burst) {
        ThrottleSettings throttle = ApiThrottle.forConcurrentTasks(tasks);

        assertEquals(rate, throttle.getRateLimit().intValue());
        assertEquals(burst, throttle.getBurstLimit().intValue());
    }

    @ParameterizedTest
    @CsvSource({"0", "-1"})
    void failsWithoutTasks(int tasks) {
        assertThrows(IllegalArgumentException.class, () -> ApiThrottle.forConcurrentTasks(tasks));
    }
}

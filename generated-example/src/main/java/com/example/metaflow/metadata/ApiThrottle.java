package com.example.metaflow.metadata;

import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;

/**
 * The metadata API's stage throttle, sized so that Metaflow's own tasks are never throttled.
 *
 * <p>Metaflow's service client retries a 503 but fails the task on a 429 (Netflix/metaflow
 * {@code metaflow/plugins/metadata_providers/service.py}, {@code _request}), and every Batch task
 * talks to this API: about ten requests as it starts (run, step, task, attempt and artifact
 * records) and a heartbeat every 10 seconds ({@code metaflow/metadata_provider/heartbeat.py}).
 * A foreach fan-out starts as many tasks at once as Batch has vCPUs for, so the throttle grows with
 * the concurrent tasks: one request per second each, and a burst of ten each. It stays as a
 * brake on a runaway client, and never exceeds API Gateway's account-wide default quota of 10,000
 * requests per second with a burst of 5,000 (API Gateway Developer Guide, "Amazon API Gateway
 * quotas"), beyond which a stage limit has no effect.
 */
public final class ApiThrottle {

    static final int ACCOUNT_RATE_LIMIT = 10_000;
    static final int ACCOUNT_BURST_LIMIT = 5_000;

    private ApiThrottle() {
    }

    /** The throttle for this many Metaflow tasks running at once. */
    public static ThrottleSettings forConcurrentTasks(int tasks) {
        if (tasks < 1) {
            throw new IllegalArgumentException("concurrent tasks must be at least 1, got " + tasks);
        }
        return ThrottleSettings.builder()
                .rateLimit(Math.min(ACCOUNT_RATE_LIMIT, Math.max(50, tasks)))
                .burstLimit(Math.min(ACCOUNT_BURST_LIMIT, Math.max(100, 10 * tasks)))
                .build();
    }
}

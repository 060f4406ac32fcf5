package com.example.metaflow.metadata;

/**
 * What the metadata service's Fargate tasks run on.
 *
 * <p>ARM64 (Graviton) is not offered: Netflix/metaflow-service's release workflow
 * (.github/workflows/dockerimage.yml, "We have a single-platform build") pushes
 * {@code netflixoss/metaflow_metadata_service} for the runner's platform only, linux/amd64.
 */
public enum ServiceCapacity {

    /** On-demand Fargate: never interrupted. The default, since the service is a single task. */
    FARGATE,

    /**
     * Fargate Spot, up to 70% cheaper (Spot prices vary): AWS may reclaim the task with a two-minute warning (a
     * SIGTERM, then SIGKILL); ECS then starts a replacement, when Spot capacity is available.
     * Until it runs, no instance is registered in Cloud Map and the HTTP API answers 503; Metaflow's
     * client (metaflow/plugins/metadata_providers/service.py, {@code _request}) makes
     * {@code SERVICE_RETRY_COUNT} = 5 attempts on a 503 or a connection error, sleeping 2^i seconds
     * after each, and gives up after about 31 seconds, so a step that talks to the service
     * meanwhile fails, and {@code @retry} runs it again.
     */
    FARGATE_SPOT
}

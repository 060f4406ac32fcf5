package com.example.metaflow.images;

import java.util.Objects;

/**
 * An image published on ECR Public, which {@link ContainerImages} pulls through the stack's cache,
 * and the name it is pulled by when the stack has no cache.
 *
 * @param ecrPublicRepository the repository on {@code public.ecr.aws}, e.g. {@code outerbounds/metaflow_ui}
 * @param withoutCache the image name (no tag) pulled directly when the stack has no pull-through cache
 */
public record PublicImage(String ecrPublicRepository, String withoutCache) {

    /**
     * The metadata service, whose image also runs the UI backend. Netflix/metaflow-service's
     * release workflow (.github/workflows/dockerimage.yml) pushes it to Docker Hub only;
     * Outerbounds mirrors it to ECR Public (the Helm charts of outerbounds/metaflow-tools pull
     * public.ecr.aws/outerbounds/metaflow_metadata_service). Without the cache it comes from
     * Docker Hub, as before.
     */
    public static final PublicImage METADATA_SERVICE =
            new PublicImage("outerbounds/metaflow_metadata_service", "netflixoss/metaflow_metadata_service");

    /** The UI's static bundle behind nginx, published on ECR Public only (metaflow-cfn-template.yml). */
    public static final PublicImage METAFLOW_UI =
            new PublicImage("outerbounds/metaflow_ui", "public.ecr.aws/outerbounds/metaflow_ui");

    public PublicImage {
        Objects.requireNonNull(ecrPublicRepository, "ecrPublicRepository is required");
        Objects.requireNonNull(withoutCache, "withoutCache is required");
    }
}

package {{package}}.images;

import {{package}}.StackNames;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awscdk.Token;

/**
 * Properties of {@link ContainerImages}.
 *
 * @param pullThroughCache whether images come through an ECR pull-through cache of ECR Public
 * @param repositoryPrefix ECR repository prefix of the cache, empty to derive it from the stack name
 * @param serviceImagesThroughCache whether the metadata service and UI backend also come through the cache
 */
public record ContainerImagesProps(boolean pullThroughCache, Optional<String> repositoryPrefix,
        boolean serviceImagesThroughCache) {

    /**
     * Amazon ECR API Reference, CreatePullThroughCacheRule, ecrRepositoryPrefix: 2 to 30
     * characters of this pattern (ECR appends the "/" itself).
     */
    static final Pattern PREFIX = Pattern.compile("(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*");
    static final int MIN_PREFIX = 2;
    static final int MAX_PREFIX = 30;
    static final String PREFIX_SUFFIX = "-ecr-public";

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ContainerImagesProps}. */
    public static final class Builder {
        private boolean pullThroughCache = true;
        private String repositoryPrefix;
        private boolean serviceImagesThroughCache;

        /**
         * Pull Metaflow's default {@code python:X.Y} image for Batch steps, the bulk of all pulls
         * (every task of every fan-out), through a pull-through cache of ECR Public in this account
         * instead of from Docker Hub, whose anonymous pulls are limited to about 10 an hour per IP
         * address. Costs only ECR storage of the cached images; false pulls from Docker Hub directly.
         *
         * @default true
         */
        public Builder pullThroughCache(boolean pullThroughCache) {
            this.pullThroughCache = pullThroughCache;
            return this;
        }

        /**
         * ECR repository prefix of the cache; repositories {@code <prefix>/<upstream repository>}
         * appear on first pull. Must be unique among the registry's pull-through cache rules.
         *
         * @default the stack name, lower-cased (hashed if it must be shortened), plus "-ecr-public"
         */
        public Builder repositoryPrefix(String repositoryPrefix) {
            this.repositoryPrefix = repositoryPrefix;
            return this;
        }

        /**
         * Also pull the metadata service and UI backend image through the cache, from Outerbounds'
         * mirror {@code public.ecr.aws/outerbounds/metaflow_metadata_service}. Off by default: the
         * mirror is not published by Netflix/metaflow-service's release workflow (which pushes to
         * Docker Hub only, .github/workflows/dockerimage.yml), and its tags lag and are spelled
         * differently (outerbounds/metaflow-tools pulls v2.4.13, older templates 2.3.6), so a
         * release tag may be missing there and the service would fail to start. Turn it on once
         * the tag you run is on the mirror. These images are pulled only when tasks start, a few
         * pulls per deployment.
         *
         * @default false
         */
        public Builder serviceImagesThroughCache(boolean serviceImagesThroughCache) {
            this.serviceImagesThroughCache = serviceImagesThroughCache;
            return this;
        }

        public ContainerImagesProps build() {
            if (repositoryPrefix != null) {
                checkPrefix(repositoryPrefix);
                if (!pullThroughCache) {
                    throw new IllegalArgumentException("repositoryPrefix needs the pull-through cache, got \""
                            + repositoryPrefix + "\" with pullThroughCache=false. Drop one of them.");
                }
            }
            if (serviceImagesThroughCache && !pullThroughCache) {
                throw new IllegalArgumentException("serviceImagesThroughCache needs the pull-through cache, got"
                        + " pullThroughCache=false. Drop one of them.");
            }
            return new ContainerImagesProps(pullThroughCache, Optional.ofNullable(repositoryPrefix),
                    serviceImagesThroughCache);
        }
    }

    static void checkPrefix(String prefix) {
        if (prefix.length() < MIN_PREFIX || prefix.length() > MAX_PREFIX || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("repositoryPrefix must be 2 to 30 lower-case letters, digits and"
                    + " single . _ - or / separators, got \"" + prefix + "\". Use e.g. \"metaflow-ecr-public\".");
        }
    }

    /**
     * The stack name, lower-cased, plus {@value #PREFIX_SUFFIX}; when that is not already a valid
     * prefix of at most 30 characters, a shortened name and 8 hex digits of its SHA-256, so that two
     * stacks of one region never share a prefix.
     */
    static String defaultPrefix(String stackName) {
        if (Token.isUnresolved(stackName)) {
            throw new IllegalArgumentException("the pull-through cache prefix derives from the stack name, which is"
                    + " a token here. Set ContainerImagesProps.repositoryPrefix explicitly.");
        }
        String name = StackNames.slug(stackName);
        String plain = name + PREFIX_SUFFIX;
        if (name.equals(stackName) && plain.length() <= MAX_PREFIX) {
            return plain;
        }
        String head = name.substring(0, Math.min(name.length(), 10)).replaceAll("-+$", "");
        return (head.isEmpty() ? "" : head + "-") + StackNames.shortHash(stackName) + PREFIX_SUFFIX;
    }
}

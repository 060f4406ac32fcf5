package com.example.metaflow.images;

import java.util.Optional;
import software.amazon.awscdk.services.kms.IKey;

/**
 * Properties of {@link StepImages}.
 *
 * @param encryptionKey customer-managed key of the repository, empty for ECR's default AES-256 (SSE-S3)
 * @param retain keep the repository and its images when it is removed from the stack
 * @param untaggedDays days after which an image without a tag expires
 * @param maxImages most images kept; the oldest beyond it expire
 */
public record StepImagesProps(Optional<IKey> encryptionKey, boolean retain, int untaggedDays, int maxImages) {

    /**
     * A re-pushed tag leaves its old image untagged; a week keeps it pullable by digest for a rollback.
     */
    public static final int DEFAULT_UNTAGGED_DAYS = 7;

    /**
     * Metaflow registers each step's job definition with the image name as given, so an old run's
     * {@code resume} and a deployed Step Functions flow pull the tag they recorded: keep many
     * (100 images of 1 GB cost $10/month).
     */
    public static final int DEFAULT_MAX_IMAGES = 100;

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link StepImagesProps}. */
    public static final class Builder {
        private IKey encryptionKey;
        private boolean retain = true;
        private int untaggedDays = DEFAULT_UNTAGGED_DAYS;
        private int maxImages = DEFAULT_MAX_IMAGES;

        /** Encrypt images with this key (the datastore's, where it has one). @default ECR's AES-256 */
        public Builder encryptionKey(IKey encryptionKey) {
            this.encryptionKey = encryptionKey;
            return this;
        }

        /** Keep the repository and its images on removal; false deletes them with the stack. @default true */
        public Builder retain(boolean retain) {
            this.retain = retain;
            return this;
        }

        /** Days an untagged image is kept. @default {@value StepImagesProps#DEFAULT_UNTAGGED_DAYS} */
        public Builder untaggedDays(int untaggedDays) {
            this.untaggedDays = untaggedDays;
            return this;
        }

        /** Most images kept, tagged or not. @default {@value StepImagesProps#DEFAULT_MAX_IMAGES} */
        public Builder maxImages(int maxImages) {
            this.maxImages = maxImages;
            return this;
        }

        public StepImagesProps build() {
            if (untaggedDays < 1) {
                throw new IllegalArgumentException("untaggedDays must be at least 1, got " + untaggedDays
                        + ". It is how long an image without a tag stays pullable by digest.");
            }
            if (maxImages < 1 || maxImages > 10_000) {
                throw new IllegalArgumentException("maxImages must be 1 to 10000 (ECR's images per repository),"
                        + " got " + maxImages + ". Old runs pull the tags they recorded, so keep enough of them.");
            }
            return new StepImagesProps(Optional.ofNullable(encryptionKey), retain, untaggedDays, maxImages);
        }
    }
}

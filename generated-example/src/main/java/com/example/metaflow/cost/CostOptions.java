package com.example.metaflow.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the deployment costs and who pays: cost tags on every stack resource and every Batch job,
 * and an optional monthly AWS Budgets cost budget that e-mails at 80% and 100%.
 *
 * @param tags tags on the stack, every resource that takes tags, the instances Batch launches, and
 *        (with {@code emitBatchTags}) every Batch job Metaflow submits
 * @param emitBatchTags whether Metaflow tags its Batch jobs ({@code METAFLOW_BATCH_EMIT_TAGS})
 * @param monthlyBudget the monthly budget in whole US dollars, empty for none
 * @param budgetEmail the address the budget's alerts go to; set exactly when there is a budget
 */
public record CostOptions(Map<String, String> tags, boolean emitBatchTags, Optional<Integer> monthlyBudget,
        Optional<String> budgetEmail) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@code METAFLOW_BATCH_EMIT_TAGS} and, with tags, {@code METAFLOW_BATCH_DEFAULT_TAGS} as a JSON
     * object (metaflow/metaflow_config.py reads it with from_conf(..., {}), which json.loads a string
     * value and requires a dict; plugins/aws/batch/batch_decorator.py merges it under each step's
     * aws_batch_tags, and batch.py applies those only while BATCH_EMIT_TAGS is true).
     */
    public Map<String, String> configValues() {
        Map<String, String> values = new TreeMap<>();
        if (emitBatchTags) {
            values.put("METAFLOW_BATCH_EMIT_TAGS", "true");
            if (!tags.isEmpty()) {
                values.put("METAFLOW_BATCH_DEFAULT_TAGS", json(tags));
            }
        }
        return values;
    }

    private static String json(Map<String, String> tags) {
        try {
            return new ObjectMapper().writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write tags as JSON: " + tags, e);
        }
    }

    /** Builder of {@link CostOptions}. */
    public static final class Builder {
        private final Map<String, String> tags = new TreeMap<>();
        private boolean emitBatchTags = true;
        private Integer monthlyBudget;
        private String budgetEmail;

        /** Adds these tags. @default none */
        public Builder tags(Map<String, String> tags) {
            tags.forEach((key, value) -> {
                if (this.tags.put(key, value) != null) {
                    throw new IllegalArgumentException("tag key \"" + key + "\" is given twice; give each key once.");
                }
            });
            return this;
        }

        /** Adds tags given as {@code key=value} pairs, as the costTags parameter has them. @default none */
        public Builder tags(String... pairs) {
            return tags(CostTags.parse(List.of(pairs)));
        }

        /**
         * Tag each Batch job with Metaflow's tags (flow, run, step, user) and these tags. The people
         * and CI that run flows with {@code @batch} then need {@code batch:TagResource} on Batch jobs
         * besides {@code batch:SubmitJob}; turn this off if they cannot have it.
         *
         * @default true
         */
        public Builder emitBatchTags(boolean emitBatchTags) {
            this.emitBatchTags = emitBatchTags;
            return this;
        }

        /** A monthly cost budget of this many US dollars; needs {@link #budgetEmail}. @default none */
        public Builder monthlyBudget(int monthlyBudget) {
            this.monthlyBudget = monthlyBudget;
            return this;
        }

        /** Where the budget's alerts go. @default none */
        public Builder budgetEmail(String budgetEmail) {
            this.budgetEmail = budgetEmail;
            return this;
        }

        public CostOptions build() {
            tags.forEach(CostTags::check);
            if (tags.size() > CostTags.MAX_TAGS) {
                throw new IllegalArgumentException(tags.size() + " tags given, at most " + CostTags.MAX_TAGS
                        + ": AWS allows 50 per resource and Metaflow adds up to 9 to each Batch job.");
            }
            if (monthlyBudget != null && monthlyBudget < 1) {
                throw new IllegalArgumentException("monthlyBudget must be at least 1 (US dollars), got " + monthlyBudget
                        + ". Leave it unset for no budget.");
            }
            if ((monthlyBudget == null) != (budgetEmail == null)) {
                throw new IllegalArgumentException("monthlyBudget and budgetEmail go together, got monthlyBudget="
                        + monthlyBudget + ", budgetEmail=" + budgetEmail + ". Set both or neither.");
            }
            if (budgetEmail != null && !EMAIL.matcher(budgetEmail).matches()) {
                throw new IllegalArgumentException("budgetEmail \"" + budgetEmail + "\" is not an e-mail address.");
            }
            return new CostOptions(Collections.unmodifiableSortedMap(new TreeMap<>(tags)), emitBatchTags, Optional.ofNullable(monthlyBudget),
                    Optional.ofNullable(budgetEmail));
        }
    }
}

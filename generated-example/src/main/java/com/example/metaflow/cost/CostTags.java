package com.example.metaflow.cost;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The rules a cost tag must follow to be a stack tag and a tag of every Batch job, and the
 * {@code key=value} form the {@code costTags} parameter uses.
 *
 * <p>Metaflow checks each Batch job tag with validate_aws_tag (metaflow/plugins/aws/aws_utils.py):
 * no {@code aws:} prefix on key or value (any case), keys at most 128 characters, values at most
 * 256, characters from {@code [A-Za-z0-9\s+\-=._:/@]}. It tests only the first character against
 * that class (re.match of a one-character pattern), so an empty value fails there; this class holds the
 * whole key and value to it, which is what AWS Batch itself accepts (AWS Batch User Guide, "Tag your
 * resources", Tag restrictions: spaces, not other white space) and what CloudFormation stack tags accept.
 */
public final class CostTags {

    /** Letters, digits, spaces and + - = . _ : / @, as Metaflow and AWS Batch allow. */
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9 +\\-=._:/@]+");
    private static final Pattern AWS_PREFIX = Pattern.compile("(?i)^aws:");
    /**
     * AWS allows 50 user tags per resource; Metaflow adds up to 9 of its own to each job
     * (app, metaflow.flow_name, run_id, run_id.$, step_name, production_token, version, user, owner).
     */
    public static final int MAX_TAGS = 40;

    private CostTags() {
    }

    /** Throws when a key or value breaks the rules above, naming the tag and the rule. */
    public static void check(String key, String value) {
        String problem = key.isEmpty() || key.length() > 128 ? "keys are 1-128 characters"
                : value.isEmpty() || value.length() > 256 ? "values are 1-256 characters"
                : AWS_PREFIX.matcher(key).find() || AWS_PREFIX.matcher(value).find() ? "neither may start with aws:"
                : !ALLOWED.matcher(key).matches() || !ALLOWED.matcher(value).matches()
                        ? "only letters, digits, spaces and + - = . _ : / @ are allowed" : null;
        if (problem != null) {
            throw new IllegalArgumentException("tag \"" + key + "\"=\"" + value + "\" is not allowed: " + problem
                    + " (AWS Batch tag restrictions, as Metaflow checks them).");
        }
    }

    /** Parses {@code key=value} pairs (split at the first {@code =}), refusing duplicates and bad tags. */
    public static Map<String, String> parse(List<String> pairs) {
        Map<String, String> tags = new TreeMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("cost tag \"" + pair + "\" is not key=value, e.g. team=ml.");
            }
            String key = pair.substring(0, equals);
            String value = pair.substring(equals + 1);
            check(key, value);
            if (tags.put(key, value) != null) {
                throw new IllegalArgumentException("cost tag key \"" + key + "\" is given twice; give each key once.");
            }
        }
        return tags;
    }
}

package com.example.metaflow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import software.amazon.awscdk.Token;

/**
 * How long a stack name may be. Several names are derived from it, and the tightest limit wins:
 * <ul>
 *   <li>the metadata service's Cloud Map namespace, {@code <stack>.internal}, whose first label is
 *       a DNS label of at most 63 characters (RFC 1035, section 2.3.4);
 *   <li>Step Functions state machines, which Metaflow names {@code <prefix>_<FlowName>} with the stack
 *       name as prefix and refuses beyond 80 characters (Netflix/metaflow
 *       {@code metaflow/plugins/aws/step_functions/step_functions_cli.py},
 *       {@code resolve_state_machine_name}; AWS Step Functions API Reference, CreateStateMachine:
 *       {@code name} is 1 to 80 characters).
 * </ul>
 * At most 32 characters leave 47 for flow names, more than Metaflow's examples and tutorials use.
 *
 * <p>Names with tighter rules of their own (the Cognito domain prefix, the ECR cache prefix) start from
 * {@link #slug} and, where they must shorten or clean it, append {@link #shortHash} of the whole name.
 */
public final class StackNames {

    public static final int MAX_LENGTH = 32;
    /** Length of {@link #shortHash}. */
    public static final int SHORT_HASH_LENGTH = 8;

    private StackNames() {
    }

    /** Fails with a clear message for a stack name too long for the names derived from it. */
    public static void check(String stackName) {
        if (!Token.isUnresolved(stackName) && stackName.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The stack name " + stackName + " has " + stackName.length()
                    + " characters; at most " + MAX_LENGTH + " leave room for the Cloud Map namespace and for"
                    + " Step Functions state machine names (<stack>_<FlowName>, 80 at most).");
        }
    }

    /** The stack name lower-cased, each run of other characters one hyphen, none at either end. */
    public static String slug(String stackName) {
        return stackName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /**
     * The first {@value #SHORT_HASH_LENGTH} hex digits of the stack name's SHA-256: keeps apart the names
     * that a shortened or cleaned slug would make equal. Hex digits only, so it spells no reserved word.
     */
    public static String shortHash(String stackName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(stackName.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, SHORT_HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}

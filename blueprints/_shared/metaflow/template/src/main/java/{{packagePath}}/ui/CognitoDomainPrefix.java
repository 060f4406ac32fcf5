package {{package}}.ui;

import {{package}}.StackNames;
import java.util.regex.Pattern;

/**
 * The prefix of the user pool's hosted sign-in domain ({@code <prefix>.auth.<region>.amazoncognito.com}).
 * Prefixes are unique per region across every account, so it names both the stack and the account:
 * {@code metaflow-<stack>-<account>}, or {@code <stack>-<account>} when the stack name already starts
 * with "metaflow". It is derived, never random, so redeploying keeps the domain.
 *
 * <p>Cognito's rules (Amazon Cognito Developer Guide, "Using the Amazon Cognito prefix domain for
 * managed login"; API reference CreateUserPoolDomain, Domain: pattern
 * {@code ^[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?$}, length 1 to 63): lowercase letters, digits and
 * hyphens, no hyphen first or last, at most 63 characters, and none of the texts "aws", "amazon" or
 * "cognito". CloudFormation stack names are letters, digits and hyphens up to 128 characters, so a long
 * name keeps its first characters plus a hash of the whole name. (Names differing only in case share
 * a prefix; the second deployment then fails on the taken domain, it never shares the first's pool.)
 */
final class CognitoDomainPrefix {

    /** Cognito's limit on a domain prefix. */
    static final int MAX_LENGTH = 63;
    /** Room left for the stack name: 63 minus "-" and the 12-digit account ID. */
    static final int MAX_NAME_PART = MAX_LENGTH - 13;

    private static final Pattern RESERVED = Pattern.compile("aws|amazon|cognito");

    private CognitoDomainPrefix() {
    }

    /**
     * The prefix for a stack of this name in this account. The account may be an unresolved token
     * (environment-agnostic stack); it resolves to 12 digits at deployment.
     */
    static String of(String stackName, String account) {
        return namePart(stackName) + "-" + account;
    }

    /**
     * The stack-name part: at most {@link #MAX_NAME_PART} characters, no reserved text, no edge hyphen.
     * When the name had to lose a reserved text or be shortened, a hash of the whole name keeps it
     * apart from the names it could now equal ("Metaflow-AWS" and "Metaflow").
     */
    static String namePart(String stackName) {
        String slug = StackNames.slug(stackName);
        String clean = withoutReserved(slug);
        String name = clean.startsWith("metaflow") ? clean : trimHyphens("metaflow-" + clean);
        if (clean.equals(slug) && name.length() <= MAX_NAME_PART) {
            return name;
        }
        int headLength = MAX_NAME_PART - StackNames.SHORT_HASH_LENGTH - 1;
        String head = trimHyphens(name.substring(0, Math.min(name.length(), headLength)));
        return head + "-" + StackNames.shortHash(stackName);
    }

    private static String withoutReserved(String name) {
        String previous;
        String current = name;
        do {
            previous = current;
            current = RESERVED.matcher(previous).replaceAll("");
        } while (!current.equals(previous));
        return trimHyphens(current.replaceAll("-{2,}", "-"));
    }

    private static String trimHyphens(String name) {
        return name.replaceAll("^-+|-+$", "");
    }
}

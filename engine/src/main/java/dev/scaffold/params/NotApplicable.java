package dev.scaffold.params;

import java.util.AbstractList;

/**
 * What templates see for a parameter whose {@code when:} is false: an empty list, so that a section
 * ({@code {{#name}}...{{/name}}}) skips and an inverted one renders, while writing it as a value
 * ({@code {{name}}}) fails, saying why, as an undefined variable does.
 */
public final class NotApplicable extends AbstractList<Object> {

    private final String name;
    private final String reason;

    /**
     * @param name   the parameter (or derived value) templates read
     * @param reason e.g. {@code instanceTypes applies only when computeType is ec2}
     */
    public NotApplicable(String name, String reason) {
        this.name = name;
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    @Override
    public Object get(int index) {
        throw new IndexOutOfBoundsException(index);
    }

    @Override
    public int size() {
        return 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NotApplicable that && that.reason.equals(reason);
    }

    @Override
    public int hashCode() {
        return reason.hashCode();
    }

    /** Fails: a value that does not apply cannot be written into a file. */
    @Override
    public String toString() {
        throw new IllegalStateException(reason + ": templates may read '" + name + "' only inside {{#" + name + "}}...{{/"
                + name + "}}");
    }
}

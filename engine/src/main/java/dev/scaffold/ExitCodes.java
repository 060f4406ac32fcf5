package dev.scaffold;

/** Every exit code of the {@code scaffold} command, in one place. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** A failure not caused by the user's input (I/O, an internal error). */
    public static final int FAILURE = 1;
    /** Invalid usage or input: unknown blueprint, bad parameter value, refused target directory. */
    public static final int INVALID_INPUT = 2;

    // 3 and above are reserved for `scaffold upgrade` outcomes (conflicts, --check results).

    private ExitCodes() {
    }
}

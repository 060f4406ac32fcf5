package dev.scaffold;

/**
 * Every exit code of the {@code scaffold} command, in one place.
 *
 * <p>{@code scaffold upgrade --check} (for CI) exits with {@link #OK} when the project is up to date and
 * its managed files are as rendered, {@link #CHECK_UPGRADE_CLEAN} when an upgrade is available and would
 * apply without conflicts, {@link #CHECK_UPGRADE_CONFLICTS} when it would leave conflicts, and
 * {@link #CHECK_DRIFTED} when no upgrade is available but managed files differ from their recorded render.
 * An available upgrade is reported before drift (its clean/conflict answer already accounts for the edits).
 */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** A failure not caused by the user's input (I/O, an internal error). */
    public static final int FAILURE = 1;
    /** Invalid usage or input: unknown blueprint, bad parameter value, refused target directory. */
    public static final int INVALID_INPUT = 2;
    /** {@code scaffold upgrade} was applied, but files are left with conflicts to resolve. */
    public static final int CONFLICTS = 3;
    /** {@code upgrade --check}: an upgrade is available and applies cleanly. */
    public static final int CHECK_UPGRADE_CLEAN = 10;
    /** {@code upgrade --check}: an upgrade is available and would leave conflicts. */
    public static final int CHECK_UPGRADE_CONFLICTS = 11;
    /** {@code upgrade --check}: up to date, but managed files differ from their recorded render. */
    public static final int CHECK_DRIFTED = 12;

    private ExitCodes() {
    }
}

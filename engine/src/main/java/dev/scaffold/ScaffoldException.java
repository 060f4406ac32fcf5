package dev.scaffold;

/**
 * An error the user can act on: one line of text and the process exit code that goes with it.
 *
 * <p>The engine throws it; the CLI prints {@code error: <message>} and exits with {@link #exitCode()}.
 */
public class ScaffoldException extends RuntimeException {

    private final int exitCode;

    public ScaffoldException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public ScaffoldException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** An invalid blueprint, parameter value, path or option: exit code {@link ExitCodes#INVALID_INPUT}. */
    public static ScaffoldException invalidInput(String message) {
        return new ScaffoldException(ExitCodes.INVALID_INPUT, message);
    }

    /** Something went wrong that the input did not cause (I/O, a broken bundled blueprint). */
    public static ScaffoldException failure(String message, Throwable cause) {
        return new ScaffoldException(ExitCodes.FAILURE, message, cause);
    }

    public int exitCode() {
        return exitCode;
    }
}

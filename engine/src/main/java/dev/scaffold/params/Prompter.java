package dev.scaffold.params;

import dev.scaffold.ScaffoldException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Asks the user for a parameter's value on a terminal: shows its help and what is allowed, then the
 * question with the choices (or the list separator) and the default; reads a secret without echo when
 * there is a console; re-asks on an invalid value. Parameters that do not apply ({@code when:}) never
 * reach it.
 */
public final class Prompter {

    /** Reads one line without echoing it (a password); {@code null} at the end of input. */
    @FunctionalInterface
    public interface SecretReader {
        String readSecret();
    }

    private final BufferedReader in;
    private final PrintWriter out;
    private final SecretReader secrets;

    /** A prompter that reads secrets like any other line (input that is not a terminal, tests). */
    public Prompter(BufferedReader in, PrintWriter out) {
        this(in, out, null);
    }

    /** @param secrets reads secrets without echo (the Console), or {@code null} to read them from {@code in} */
    public Prompter(BufferedReader in, PrintWriter out, SecretReader secrets) {
        this.in = in;
        this.out = out;
        this.secrets = secrets;
    }

    /** Asks until the user gives a valid value; an empty line takes the default when there is one. */
    public Object ask(Parameter parameter) {
        return ask(parameter, parameter.required());
    }

    /**
     * Asks until the user gives a valid value; an empty line takes the default when there is one, or
     * skips the parameter when it is not required now.
     *
     * @param required whether a value is needed now (a conditional {@code required} whose condition holds)
     */
    public Object ask(Parameter parameter, boolean required) {
        out.println("  " + parameter.help());
        out.println("  allowed: " + parameter.allowed());
        while (true) {
            out.print(question(parameter, required));
            out.flush();
            String line = parameter.secret() && secrets != null ? secrets.readSecret() : readLine();
            if (line == null) {
                throw ScaffoldException.invalidInput("input ended before a value for parameter '" + parameter.name() + "' was given");
            }
            if (line.isBlank() && parameter.hasDefault()) {
                return parameter.defaultValue();
            }
            if (line.isBlank() && !required) {
                return null;
            }
            try {
                return ParameterValidator.parse(parameter, line);
            } catch (InvalidValueException e) {
                out.println("  " + (line.isBlank() ? "a value is required" + when(parameter) : e.getMessage()));
            }
        }
    }

    /** {@code " when ui"} for a parameter required under a condition, else nothing. */
    private static String when(Parameter parameter) {
        return parameter.required() || parameter.requiredWhen() == null ? "" : " when " + parameter.requiredWhen();
    }

    private static String question(Parameter parameter, boolean required) {
        StringBuilder question = new StringBuilder(parameter.title() != null ? parameter.title() : parameter.name());
        if (parameter.type() == ParameterType.CHOICE) {
            question.append(" (").append(String.join("/", parameter.choices())).append(')');
        }
        if (parameter.type() == ParameterType.MULTICHOICE) {
            question.append(" (any of ").append(String.join(",", parameter.choices())).append("; comma-separated)");
        }
        if (parameter.type() == ParameterType.LIST) {
            question.append(" (comma-separated)");
        }
        if (parameter.hasDefault() && !parameter.secret()) {
            question.append(" [").append(parameter.type().format(parameter.defaultValue())).append(']');
        }
        if (!parameter.hasDefault() && !required) {
            question.append(" (optional, Enter to skip)");
        }
        return question.append(": ").toString();
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

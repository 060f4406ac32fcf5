package dev.scaffold.params;

import dev.scaffold.ScaffoldException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Asks the user for a parameter's value on a terminal: shows the default, re-asks on an invalid value.
 */
public final class Prompter {

    private final BufferedReader in;
    private final PrintWriter out;

    public Prompter(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
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
        while (true) {
            out.print(question(parameter, required));
            out.flush();
            String line = readLine();
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

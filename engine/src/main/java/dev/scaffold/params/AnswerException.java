package dev.scaffold.params;

import dev.scaffold.ExitCodes;
import dev.scaffold.ScaffoldException;
import java.util.List;

/**
 * An invalid answer (exit code {@link ExitCodes#INVALID_INPUT}) that names the parameters it is about, so
 * that a form can show the message under those fields: a bad value, a missing one, one given that does
 * not apply, an unknown name, a broken rule.
 */
public class AnswerException extends ScaffoldException {

    private final List<String> parameters;

    public AnswerException(String message, List<String> parameters) {
        super(ExitCodes.INVALID_INPUT, message);
        this.parameters = List.copyOf(parameters);
    }

    /** The names of the parameters the message is about, in the order it names them. */
    public List<String> parameters() {
        return parameters;
    }
}

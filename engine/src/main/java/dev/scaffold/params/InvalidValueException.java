package dev.scaffold.params;

import dev.scaffold.ExitCodes;
import dev.scaffold.ScaffoldException;

/** A value that is not valid for its parameter: names the parameter, the value received and what is allowed. */
public final class InvalidValueException extends ScaffoldException {

    private final transient Parameter parameter;

    public InvalidValueException(Parameter parameter, String received, String problem) {
        super(ExitCodes.INVALID_INPUT, "invalid value for parameter '" + parameter.name() + "': '"
                + (parameter.secret() ? "********" : received) + "' (" + problem + ")");
        this.parameter = parameter;
    }

    public Parameter parameter() {
        return parameter;
    }
}

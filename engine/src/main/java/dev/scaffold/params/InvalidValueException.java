package dev.scaffold.params;

import java.util.List;

/** A value that is not valid for its parameter: names the parameter, the value received and what is allowed. */
public final class InvalidValueException extends AnswerException {

    private final transient Parameter parameter;

    public InvalidValueException(Parameter parameter, String received, String problem) {
        super("invalid value for parameter '" + parameter.name() + "': '"
                + (parameter.secret() ? "********" : received) + "' (" + problem + ")", List.of(parameter.name()));
        this.parameter = parameter;
    }

    public Parameter parameter() {
        return parameter;
    }
}

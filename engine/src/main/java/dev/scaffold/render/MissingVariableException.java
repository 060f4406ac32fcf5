package dev.scaffold.render;

/** A template read a variable that neither the answers nor the derived values define. */
final class MissingVariableException extends RuntimeException {

    private final String variable;

    MissingVariableException(String variable) {
        super("undefined variable '" + variable + "'");
        this.variable = variable;
    }

    String variable() {
        return variable;
    }
}

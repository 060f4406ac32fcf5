package dev.scaffold.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scaffold.ExitCodes;
import dev.scaffold.ScaffoldException;
import dev.scaffold.params.AnswerException;
import java.util.List;

/**
 * An API error: its HTTP status and the body {@code {"error": "<the CLI's message>", "parameters": [...],
 * "exitCode": N}}, where {@code parameters} names the parameters the message is about (for a form to show
 * it under those fields) and {@code exitCode} is what {@code scaffold new} exits with for the same input.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final List<String> parameters;
    private final int exitCode;

    ApiError(int status, String message, List<String> parameters, int exitCode) {
        super(message);
        this.status = status;
        this.parameters = List.copyOf(parameters);
        this.exitCode = exitCode;
    }

    /** An error of the request itself (not of the answers): exit code 2, as invalid usage. */
    static ApiError of(int status, String message) {
        return new ApiError(status, message, List.of(), ExitCodes.INVALID_INPUT);
    }

    /** A 400 about one parameter's value. */
    static ApiError about(String parameter, String message) {
        return new ApiError(400, message, List.of(parameter), ExitCodes.INVALID_INPUT);
    }

    /** The engine's exception with this status, its message and parameters kept. */
    static ApiError of(int status, ScaffoldException e) {
        List<String> parameters = e instanceof AnswerException answer ? answer.parameters() : List.of();
        return new ApiError(status, e.getMessage(), parameters, e.exitCode());
    }

    /** An engine exception as the CLI would take it: 400 for invalid input, 500 for a failure. */
    static ApiError of(ScaffoldException e) {
        return of(e.exitCode() == ExitCodes.INVALID_INPUT ? 400 : 500, e);
    }

    int status() {
        return status;
    }

    ObjectNode body() {
        ObjectNode body = Json.MAPPER.createObjectNode().put("error", getMessage());
        ArrayNode names = body.putArray("parameters");
        parameters.forEach(names::add);
        return body.put("exitCode", exitCode);
    }
}

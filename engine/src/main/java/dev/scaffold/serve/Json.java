package dev.scaffold.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/** JSON responses, written with the engine's Jackson (Javalin's own mapper is not used). */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private Json() {
    }

    static void send(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType(CONTENT_TYPE)
                    .result(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    static void send(Context ctx, JsonNode body) {
        send(ctx, 200, body);
    }
}

package dev.scaffold.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** A JSON request body, refused with 415 when it is not JSON and 413 when it is over the limit. */
final class RequestBody {

    private RequestBody() {
    }

    static byte[] read(Context ctx, int limit) {
        String type = ctx.contentType();
        String mediaType = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw ApiError.of(415, "the request body must be JSON (Content-Type: application/json), not "
                    + (type == null ? "untyped" : "'" + type + "'"));
        }
        if (ctx.req().getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw tooLarge(limit);
            }
            return body;
        } catch (IOException e) {
            throw ApiError.of(400, "cannot read the request body: " + e.getMessage());
        }
    }

    private static ApiError tooLarge(int limit) {
        return ApiError.of(413, "the request body is over the limit of " + limit / 1024 + " KiB");
    }
}

package dev.scaffold.serve;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * A server bound to loopback answers only requests that name this machine in {@code Host}
 * ({@code 127.0.0.1}, {@code localhost}, {@code [::1]}): a web page whose domain is re-pointed at
 * 127.0.0.1 (DNS rebinding) cannot then drive the API. Cross-site form posts are already refused,
 * since a render needs {@code Content-Type: application/json}. With {@code --bind} to another address,
 * any host name is accepted.
 */
final class HostGuard {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final boolean loopback;

    HostGuard(String bind) {
        boolean isLoopback;
        try {
            isLoopback = InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            isLoopback = false;
        }
        this.loopback = isLoopback;
    }

    void check(Context ctx) {
        if (!loopback) {
            return;
        }
        String host = ctx.header("Host");
        String name = host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
        if (!LOOPBACK_NAMES.contains(name)) {
            throw ApiError.of(403, "this server answers only requests for 127.0.0.1 or localhost, not '" + host + "'");
        }
    }
}

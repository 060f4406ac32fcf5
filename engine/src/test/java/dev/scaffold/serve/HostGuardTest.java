package dev.scaffold.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On loopback, only requests for this machine's names are answered (a guard against DNS rebinding). */
class HostGuardTest {

    @TempDir
    Path work;

    /** A raw request, since java.net.http does not let a client set Host. */
    private static String get(int port, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/blueprints HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void answersLocalNamesAndRefusesOthersWith403() throws Exception {
        try (TestServer server = new TestServer(Fixtures.catalog(), work)) {
            int port = server.server.port();
            assertThat(get(port, "127.0.0.1:" + port)).startsWith("HTTP/1.1 200");
            assertThat(get(port, "localhost:" + port)).startsWith("HTTP/1.1 200");
            assertThat(get(port, "LOCALHOST")).startsWith("HTTP/1.1 200");
            String refused = get(port, "rebound.example.com:" + port);
            assertThat(refused).startsWith("HTTP/1.1 403")
                    .contains("this server answers only requests for 127.0.0.1 or localhost, not 'rebound.example.com:" + port + "'");
        }
    }
}

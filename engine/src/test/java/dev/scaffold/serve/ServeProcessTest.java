package dev.scaffold.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.Fixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scaffold serve} as a process: Ctrl-C, the URL it prints, and nothing of it loaded by other commands. */
class ServeProcessTest {

    @TempDir
    Path work;

    @Test
    void listAndNewLoadNothingOfTheWebServer() throws Exception {
        String source = Fixtures.directory().toString();
        for (String[] args : new String[][] {{"list", "--source", source},
                {"new", "-b", "demo", "-o", "app", "--no-input", "--source", source}, {"--help"}}) {
            String classes = ChildJvm.run(ChildJvm.scaffold(work, List.of("-verbose:class"), args));
            assertThat(classes).as(String.join(" ", args)).contains("dev.scaffold.cli.ScaffoldCli")
                    .doesNotContain("io.javalin").doesNotContain("org.eclipse.jetty").doesNotContain("dev.scaffold.serve.")
                    .doesNotContain("org.apache.commons.compress");
        }
        assertThat(work.resolve("app/README.md")).exists();
    }

    /**
     * Started as a terminal starts it (SIGINT not ignored: {@code env --default-signal}, as a background job of
     * a script would otherwise inherit it ignored), it prints its URL, serves, logs, and on Ctrl-C stops and exits 0.
     */
    @Test
    void printsItsUrlServesAZipAsTheCliRendersAndStopsOnCtrlCWithExitZero() throws Exception {
        PathUtils.copyDirectory(Fixtures.directory(), work.resolve("blueprints"));
        Path here = Files.createDirectories(work.resolve("here"));
        ProcessBuilder builder = ChildJvm.scaffold(here, List.of(), "serve", "--port", "0", "--source", "../blueprints");
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT"));
        command.addAll(builder.command());
        Process serve = builder.command(command).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).matches("scaffold serve: http://127\\.0\\.0\\.1:\\d+/ \\(Ctrl-C stops it\\)");
            URI url = URI.create(first.split(" ")[2]);
            HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.resolve("/api/render"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"blueprint\": \"demo\", \"answers\": {\"size\": 2}}")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(zip.statusCode()).isEqualTo(200);
            assertThat(out.readLine()).matches("POST /api/render 200 \\d+ ms");

            CliRun cli = CliRun.of(Fixtures.catalog(), here, "new", "-b", "demo", "-o", "my-demo", "--no-input", "-P", "size=2",
                    "--source", "../blueprints");
            assertThat(cli.exitCode()).as(cli.err()).isZero();
            Unzipped api = Unzipped.of(zip.body());
            assertThat(api.texts()).isEqualTo(Unzipped.of(here.resolve("my-demo"), "my-demo").texts());
            assertThat(api.texts().get("my-demo/.scaffold/provenance.json")).contains("\"source\" : \"../../blueprints\"");

            new ProcessBuilder("kill", "-INT", Long.toString(serve.pid())).inheritIO().start().waitFor();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(serve.exitValue()).isZero();
            assertThat(out.readLine()).isEqualTo("scaffold serve: stopped");
        } finally {
            serve.destroyForcibly();
        }
    }
}

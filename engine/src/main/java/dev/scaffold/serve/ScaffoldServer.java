package dev.scaffold.serve;

import dev.scaffold.ScaffoldException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code scaffold serve}'s web server (Javalin on Jetty): the API under {@code /api}, the browser pages at
 * {@code /}, one log line per request, errors as JSON. {@link #stop()} is safe to call more than once and
 * from a shutdown hook.
 */
public final class ScaffoldServer {

    private final ServeSettings settings;
    private final Javalin app;
    private final Path scratch;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private ScaffoldServer(ServeSettings settings, Optional<OutputRoot> outputRoot, Path scratch) {
        this.settings = settings;
        this.scratch = scratch;
        BlueprintRoutes blueprints = new BlueprintRoutes(settings.catalog());
        RenderRoutes render = new RenderRoutes(settings, outputRoot, scratch);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.bind();
            config.jetty.port = settings.port();
            config.http.maxRequestSize = settings.maxBody() + 1L;
            config.requestLogger.http((ctx, ms) -> log(ctx, ms));
            config.routes.before(new HostGuard(settings.bind())::check);
            config.routes.get("/api/blueprints", blueprints::list);
            config.routes.get("/api/blueprints/{id}/schema", blueprints::schema);
            config.routes.post("/api/render", render::render);
            config.routes.exception(ApiError.class, (e, ctx) -> Json.send(ctx, e.status(), e.body()));
            config.routes.exception(ScaffoldException.class, (e, ctx) -> send(ctx, ApiError.of(e)));
            config.routes.exception(Exception.class, (e, ctx) -> send(ctx, ApiError.of(500,
                    ScaffoldException.failure(e.getMessage() != null ? e.getMessage() : e.getClass().getName(), e))));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, ApiError.of(e.getStatus(),
                    e.getStatus() == 404 ? "nothing at " + ctx.method() + " " + ctx.path() : e.getMessage())));
            WebAssets.configure(config, settings.webRoot());
        });
    }

    /**
     * Starts a server; it runs until {@link #stop()}.
     *
     * @throws ScaffoldException (invalid input) for an output root that is not a directory, or a port in use
     */
    public static ScaffoldServer start(ServeSettings settings) {
        Optional<OutputRoot> outputRoot = settings.outputRoot().map(OutputRoot::new);
        Path scratch;
        try {
            scratch = Files.createTempDirectory("scaffold-serve-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
        ScaffoldServer server = new ScaffoldServer(settings, outputRoot, scratch);
        try {
            server.app.start();
        } catch (RuntimeException e) {
            server.stop();
            throw ScaffoldException.invalidInput("cannot listen on " + settings.bind() + ":" + settings.port() + ": "
                    + rootMessage(e));
        }
        return server;
    }

    /** The address to open in a browser. */
    public String url() {
        String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
        return "http://" + host + ":" + app.port() + "/";
    }

    public int port() {
        return app.port();
    }

    /** Stops serving (requests in flight finish) and removes the scratch directory; idempotent. */
    public synchronized void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        app.stop();
        try {
            Files.deleteIfExists(scratch);
        } catch (IOException ignored) {
            // an empty directory in the temporary folder is all that is left
        }
        stopped.countDown();
    }

    /** Waits until the server has stopped. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    private void log(Context ctx, Float ms) {
        synchronized (settings.log()) {
            settings.log().printf(Locale.ROOT, "%s %s %d %.0f ms%n", ctx.method(), ctx.path(), ctx.status().getCode(), ms);
            settings.log().flush();
        }
    }

    private static void send(Context ctx, ApiError error) {
        Json.send(ctx, error.status(), error.body());
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}

package dev.scaffold.serve;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/**
 * The browser pages: the classpath folder {@code web/} (the UI bundle the engine's build puts there)
 * served at {@code /}, {@code index.html} for {@code /}. Without the bundle, {@code /} says so in a page
 * of its own, and the API works as ever.
 */
final class WebAssets {

    private WebAssets() {
    }

    /** Whether the bundle is there: its {@code index.html} is on the classpath. */
    static boolean present(String webRoot) {
        return WebAssets.class.getClassLoader().getResource(webRoot + "/index.html") != null;
    }

    static void configure(JavalinConfig config, String webRoot) {
        if (present(webRoot)) {
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/" + webRoot;
                files.location = Location.CLASSPATH;
            });
            return;
        }
        config.routes.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(missing(webRoot)));
    }

    private static String missing(String webRoot) {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>scaffold serve: no web form in this build</title></head>
                <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
                <h1>The web form is not in this build</h1>
                <p>This engine was built without its UI bundle (the classpath folder <code>%s/</code> has no
                <code>index.html</code>), so there is no form to show. The HTTP API works:
                <a href="/api/blueprints"><code>GET /api/blueprints</code></a>,
                <code>GET /api/blueprints/{id}/schema</code>, <code>POST /api/render</code>
                (see the README's "Web form and HTTP API").</p>
                </body></html>
                """.formatted(webRoot);
    }
}

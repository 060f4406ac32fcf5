package dev.scaffold.serve;

import dev.scaffold.catalog.Catalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What {@code scaffold serve} runs with.
 *
 * @param bind             the address to listen on (loopback unless asked otherwise)
 * @param port             the port; 0 picks a free one
 * @param catalog          the blueprints, for the catalog and the schemas
 * @param catalogFor       the blueprints to render the project at this absolute directory from (the CLI's
 *                         {@code --source}, recorded relative to the project as {@code scaffold new} records it)
 * @param workingDirectory where a zip or a dry run is as if rendered: {@code scaffold new -o <projectName>} there
 * @param outputRoot       the directory {@code POST /api/render?target=NAME} writes into, when given
 * @param webRoot          the classpath folder of the browser pages ({@code web})
 * @param maxBody          the largest request body accepted, in bytes
 * @param log              where the URL and one line per request go
 */
public record ServeSettings(String bind, int port, Supplier<Catalog> catalog, Function<Path, Catalog> catalogFor,
                            Path workingDirectory, Optional<Path> outputRoot, String webRoot, int maxBody,
                            PrintWriter log) {

    /** The request-size limit: 256 KiB is far more than any form's answers. */
    public static final int MAX_BODY = 256 * 1024;
    /** The classpath folder the UI bundle is built into. */
    public static final String WEB_ROOT = "web";
}

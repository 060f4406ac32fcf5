package dev.scaffold.catalog;

import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** Where the blueprints bundled in the engine's jar (or, in its own build, its classes directory) are. */
final class BundledBlueprints {

    /** The resource that marks where the bundled blueprints are. */
    static final String MARKER = "blueprints/README.md";

    private BundledBlueprints() {
    }

    /** The directory holding one sub-directory per bundled blueprint. */
    static Path root() throws IOException {
        URL marker = Catalog.class.getClassLoader().getResource(MARKER);
        if (marker == null) {
            throw ScaffoldException.failure("the engine has no bundled blueprints (" + MARKER + " is missing)", null);
        }
        try {
            URI uri = marker.toURI();
            Path readme = "jar".equals(uri.getScheme()) ? jarFileSystem(uri).provider().getPath(uri) : Path.of(uri);
            return readme.getParent();
        } catch (URISyntaxException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}

package dev.scaffold.catalog;

import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the blueprints bundled in the engine's jar (or, in its own build, its classes directory) are. */
final class BundledBlueprints {

    /** The resource that marks where the bundled blueprints are. */
    static final String MARKER = "blueprints/README.md";
    /** A current blueprint's manifest in the jar; the archive's released versions start with a dot. */
    private static final Pattern MANIFEST_ENTRY = Pattern.compile("blueprints/([^/.][^/]*)/" + ManifestReader.MANIFEST);

    private BundledBlueprints() {
    }

    /** The directory holding one sub-directory per bundled blueprint: in the jar, its file system (opened once). */
    static Path root() throws IOException {
        URI uri = markerUri();
        Path readme = "jar".equals(uri.getScheme()) ? jarFileSystem(uri).provider().getPath(uri) : Path.of(uri);
        return readme.getParent();
    }

    /** {@link #root()}, failing as the engine's own defect. */
    static Path rootOrFail() {
        try {
            return root();
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot open the bundled blueprints: " + e.getMessage(), e);
        }
    }

    /**
     * Each bundled blueprint's header by its directory's name, read through {@link JarFile}, which shares
     * the class loader's already-read central directory; empty when the blueprints are not in a jar.
     */
    static Optional<Map<String, BlueprintHeader>> headersInJar() {
        URI uri = markerUri();
        if (!"jar".equals(uri.getScheme())) {
            return Optional.empty();
        }
        String spec = uri.getRawSchemeSpecificPart();
        Path jarPath = Path.of(URI.create(spec.substring(0, spec.indexOf("!/"))));
        Map<String, BlueprintHeader> headers = new TreeMap<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
                Matcher manifest = MANIFEST_ENTRY.matcher(entry.getName());
                if (manifest.matches()) {
                    try (Reader in = new InputStreamReader(jar.getInputStream(entry), StandardCharsets.UTF_8)) {
                        headers.put(manifest.group(1), ManifestHeaderReader.read(in, jarPath + "!/" + entry.getName()));
                    }
                }
            }
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot read the bundled blueprints in " + jarPath + ": " + e.getMessage(), e);
        }
        return Optional.of(headers);
    }

    /** A supplier that asks {@code value} once, on first use, from whichever thread comes first. */
    static <T> Supplier<T> once(Supplier<T> value) {
        return new Supplier<>() {
            private T held;

            @Override
            public synchronized T get() {
                if (held == null) {
                    held = value.get();
                }
                return held;
            }
        };
    }

    private static URI markerUri() {
        URL marker = Catalog.class.getClassLoader().getResource(MARKER);
        if (marker == null) {
            throw ScaffoldException.failure("the engine has no bundled blueprints (" + MARKER + " is missing)", null);
        }
        try {
            return marker.toURI();
        } catch (URISyntaxException e) {
            throw ScaffoldException.failure("cannot locate the bundled blueprints: " + e.getMessage(), e);
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

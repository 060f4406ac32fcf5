package dev.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The engine's own version, recorded in every project's provenance. */
public final class EngineVersion {

    private static final String VERSION = load();

    private EngineVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = EngineVersion.class.getResourceAsStream("engine.properties")) {
            if (in == null) {
                throw new IllegalStateException("engine.properties is missing from the engine's resources");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

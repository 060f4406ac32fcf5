package dev.scaffold.params;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads an answers file given with {@code --answers}: a YAML or JSON map of parameter names to values,
 * or a project's {@code .scaffold/provenance.json}, whose {@code answers} are taken.
 */
public final class AnswersFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private AnswersFile() {
    }

    /** @throws ScaffoldException (invalid input) when the file is missing or not a map */
    public static Map<String, Object> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw ScaffoldException.invalidInput("answers file " + file + " does not exist");
        }
        Map<String, Object> document;
        try {
            document = YAML.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { });
        } catch (JacksonException e) {
            throw ScaffoldException.invalidInput("answers file " + file + " is not a YAML or JSON map: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot read answers file " + file + ": " + e.getMessage(), e);
        }
        if (document == null) {
            return Map.of();
        }
        if (document.get("answers") instanceof Map<?, ?> answers && document.containsKey("files")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> recorded = (Map<String, Object>) answers;
            return recorded;
        }
        return document;
    }
}

package dev.scaffold.params;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads an answers file given with {@code --answers}: a YAML or JSON map of parameter names to values,
 * or a project's {@code .scaffold/provenance.json}, whose {@code answers} are taken.
 */
public final class AnswersFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private AnswersFile() {
    }

    /** @throws ScaffoldException (invalid input) when the file is missing, not YAML or not a map; the message
     *                           names the line and column of the problem */
    public static Map<String, Object> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw ScaffoldException.invalidInput("answers file " + file + " does not exist");
        }
        Map<String, Object> document;
        try {
            document = YAML.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { });
        } catch (JacksonException e) {
            throw ScaffoldException.invalidInput("answers file " + file + ", " + problem(e));
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

    /** Where and what the problem is, on one line: the YAML parser's own message spans several. */
    private static String problem(JacksonException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            String context = yaml.getContext() == null || yaml.getContextMark() == null ? ""
                    : " (" + oneLine(yaml.getContext()) + " at " + at(yaml.getContextMark()) + ")";
            return at(yaml.getProblemMark()) + ": " + oneLine(yaml.getProblem()) + context;
        }
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
        return where + (e instanceof MismatchedInputException ? "expected a map of parameter names to values"
                : oneLine(e.getOriginalMessage()));
    }

    private static String at(Mark mark) {
        return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}

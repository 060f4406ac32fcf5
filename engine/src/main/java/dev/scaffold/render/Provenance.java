package dev.scaffold.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a project records about its own making, in {@code .scaffold/provenance.json}: the engine
 * version, the blueprints and versions (layers included), the answers without secrets, and for each
 * file its path, source template, sha256 and executable bit. {@code scaffold upgrade} and
 * {@code scaffold diff} read it.
 *
 * @param engine     the engine version that rendered the project
 * @param source     where the blueprints came from: {@code bundled}, a directory, or a git repository
 *                   with the ref asked for ({@code REPOSITORY#REF}); a relative path is relative to the project
 * @param commit     the exact commit the blueprints were read at, when they came from git; absent
 *                   otherwise, and in projects rendered before it was recorded
 * @param blueprints the project blueprint first, then its layers
 * @param answers    the answers, secrets left out
 * @param files      every rendered file, ordered by path
 */
@JsonPropertyOrder({"engine", "source", "commit", "blueprints", "answers", "files"})
public record Provenance(String engine, String source, @JsonInclude(JsonInclude.Include.NON_NULL) String commit,
                         List<BlueprintRef> blueprints, Map<String, Object> answers, List<FileRecord> files) {

    /** The file, relative to the project, that holds the provenance. */
    public static final String FILE = SafePaths.RESERVED + "/provenance.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final ObjectWriter WRITER = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    public Provenance {
        blueprints = List.copyOf(blueprints);
        answers = new TreeMap<>(answers);
        files = List.copyOf(files);
    }

    /** The provenance of blueprints that did not come from git. */
    public Provenance(String engine, String source, List<BlueprintRef> blueprints, Map<String, Object> answers,
                      List<FileRecord> files) {
        this(engine, source, null, blueprints, answers, files);
    }

    /** A blueprint that took part in the render. */
    @JsonPropertyOrder({"id", "version", "kind"})
    public record BlueprintRef(String id, String version, String kind) {
    }

    /** One rendered file. */
    @JsonPropertyOrder({"path", "blueprint", "template", "sha256", "executable"})
    public record FileRecord(String path, String blueprint, String template, String sha256, boolean executable) {

        public static FileRecord of(RenderedFile file) {
            return new FileRecord(file.path(), file.blueprint(), file.template(), file.sha256(), file.executable());
        }
    }

    /** The provenance as the bytes written to disk: sorted keys, two-space indent, LF line ends. */
    public byte[] toJson() {
        try {
            return (WRITER.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("provenance is plain data and always serializes", e);
        }
    }

    /**
     * Reads the provenance of the project in {@code projectDir}.
     *
     * @throws ScaffoldException (invalid input) when the directory is not a scaffold project
     */
    public static Provenance read(Path projectDir) {
        Path file = projectDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw ScaffoldException.invalidInput(projectDir + " is not a scaffold project (" + FILE + " is missing)");
        }
        try {
            return JSON.readValue(file.toFile(), Provenance.class);
        } catch (IOException e) {
            throw ScaffoldException.invalidInput("cannot read " + file + ": " + e.getMessage());
        }
    }
}

package dev.scaffold.serve;

import dev.scaffold.render.GeneratedProject;
import dev.scaffold.render.Provenance;
import dev.scaffold.render.RenderedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A rendered project as a zip, the same bytes for the same render: every file under {@code <name>/},
 * entries in path order (the provenance among them), one fixed time (1980-01-01 00:00, the first a zip
 * can hold, in whatever zone the server runs), the unix mode 755 for executables and 644 otherwise.
 */
final class ProjectZip {

    private static final int FILE = 0100000;

    private ProjectZip() {
    }

    static byte[] of(String name, GeneratedProject project) {
        Map<String, Entry> entries = new TreeMap<>();
        for (RenderedFile file : project.files()) {
            entries.put(file.path(), new Entry(file.content(), file.executable()));
        }
        entries.put(Provenance.FILE, new Entry(project.provenance().toJson(), false));
        long time = LocalDateTime.of(1980, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, Entry> entry : entries.entrySet()) {
                ZipArchiveEntry zipEntry = new ZipArchiveEntry(name + "/" + entry.getKey());
                zipEntry.setTime(time);
                zipEntry.setUnixMode(FILE | (entry.getValue().executable() ? 0755 : 0644));
                zip.putArchiveEntry(zipEntry);
                zip.write(entry.getValue().content());
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot zip the project in memory", e);
        }
        return bytes.toByteArray();
    }

    private record Entry(byte[] content, boolean executable) {
    }
}

package dev.scaffold.upgrade;

import dev.scaffold.ScaffoldException;
import dev.scaffold.render.Provenance;
import dev.scaffold.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the user changed in the managed files since the last render, known offline from the hashes and
 * modes the provenance records ({@code scaffold diff}, and the drift of {@code upgrade --check}).
 *
 * @param path   the managed file
 * @param change how it differs from the recorded render
 */
public record Drift(String path, Change change) {

    /** How a managed file differs from its recorded render. */
    public enum Change {
        MODIFIED,
        DELETED,
        MODE_CHANGED;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The managed files of the project that differ from what the provenance records, by path. */
    public static List<Drift> of(Path project) {
        return of(project, Provenance.read(project));
    }

    /** The drift of {@code project} against {@code provenance}. */
    public static List<Drift> of(Path project, Provenance provenance) {
        List<Drift> drift = new ArrayList<>();
        for (Provenance.FileRecord record : provenance.files()) {
            Path file = project.resolve(record.path());
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                drift.add(new Drift(record.path(), Change.DELETED));
                continue;
            }
            try {
                byte[] content = Files.readAllBytes(file);
                if (!RenderedFile.sha256(content).equals(record.sha256())) {
                    drift.add(new Drift(record.path(), Change.MODIFIED));
                } else if (executable(file) != record.executable()) {
                    drift.add(new Drift(record.path(), Change.MODE_CHANGED));
                }
            } catch (IOException e) {
                throw ScaffoldException.failure("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return drift;
    }

    static boolean executable(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.isExecutable(file);
        }
        return Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).contains(PosixFilePermission.OWNER_EXECUTE);
    }
}

package dev.scaffold.upgrade;

import dev.scaffold.ScaffoldException;
import dev.scaffold.render.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
            FileVersion ours = null;
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    ours = FileVersion.of(record.path(), Files.readAllBytes(file), executable(file));
                } catch (IOException e) {
                    throw ScaffoldException.failure("cannot read " + file + ": " + e.getMessage(), e);
                }
            }
            compare(record, ours).ifPresent(drift::add);
        }
        return drift;
    }

    /** How the project's file (null when missing) differs from its recorded render, if it does. */
    static Optional<Drift> compare(Provenance.FileRecord record, FileVersion ours) {
        if (ours == null) {
            return Optional.of(new Drift(record.path(), Change.DELETED));
        }
        if (!ours.sha256().equals(record.sha256())) {
            return Optional.of(new Drift(record.path(), Change.MODIFIED));
        }
        if (ours.executable() != record.executable()) {
            return Optional.of(new Drift(record.path(), Change.MODE_CHANGED));
        }
        return Optional.empty();
    }

    static boolean executable(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.isExecutable(file);
        }
        return Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).contains(PosixFilePermission.OWNER_EXECUTE);
    }
}

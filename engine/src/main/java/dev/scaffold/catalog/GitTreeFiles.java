package dev.scaffold.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;

/**
 * Writes one entry of a git tree to disk byte for byte as committed (no line-end or other filters): a
 * symbolic link stays a link (whoever reads the tree decides whether it may be followed), an executable
 * file stays executable, and a submodule (gitlink) is skipped. Used by {@code GitClone} for git
 * sources and by the release packer for the engine's own history.
 */
public final class GitTreeFiles {

    private GitTreeFiles() {
    }

    /** Writes the entry {@code blob} of this {@code mode} to {@code target}, replacing what is there. */
    public static void write(Repository repository, FileMode mode, ObjectId blob, Path target) throws IOException {
        if (mode == FileMode.GITLINK) {
            return;
        }
        Files.createDirectories(target.getParent());
        Files.deleteIfExists(target);
        ObjectLoader loader = repository.open(blob);
        if (mode == FileMode.SYMLINK) {
            Files.createSymbolicLink(target, Path.of(new String(loader.getBytes(), StandardCharsets.UTF_8)));
            return;
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            loader.copyTo(out);
        }
        if (mode == FileMode.EXECUTABLE_FILE && !target.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + target + " executable");
        }
    }
}

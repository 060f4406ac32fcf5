package dev.scaffold.upgrade;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The file-system steps an upgrade takes, behind an interface so that a test can make one of them fail
 * half-way and check that the project is restored.
 */
interface FileOps {

    /** The real file system. */
    FileOps DISK = new FileOps() {
    };

    /** Writes a new file (a temporary file beside its target). */
    default void write(Path file, byte[] content) throws IOException {
        Files.write(file, content);
    }

    /** Puts a temporary file in place of its target, atomically where the file system can. */
    default void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    default void delete(Path file) throws IOException {
        Files.delete(file);
    }
}

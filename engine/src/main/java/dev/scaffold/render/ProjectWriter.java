package dev.scaffold.render;

import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a new project all at once: into a temporary directory beside the target, then moved into
 * place. Whatever fails, no target (and no temporary directory) is left behind.
 */
public final class ProjectWriter {

    private static final Set<PosixFilePermission> EXECUTABLE = EnumSet.of(
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);

    /**
     * Refuses a target that exists and is not an empty directory.
     *
     * @throws ScaffoldException (invalid input) saying what to do instead
     */
    public static void checkTarget(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw ScaffoldException.invalidInput("target " + target + " exists and is not a directory; choose another -o");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw ScaffoldException.invalidInput("target directory " + target + " is not empty; choose another -o or remove it");
            }
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot read target directory " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the files and the provenance as a new project at {@code target}.
     *
     * @throws ScaffoldException naming the file that could not be written; nothing is left on disk
     */
    public void write(Path target, List<RenderedFile> files, Provenance provenance) {
        Path absolute = target.toAbsolutePath().normalize();
        checkTarget(absolute);
        List<Path> createdParents = new ArrayList<>();
        Path staging = null;
        try {
            createParents(absolute.getParent(), createdParents);
            staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".scaffold-");
            for (RenderedFile file : files) {
                writeFile(staging, file.path(), file.content(), file.executable());
            }
            writeFile(staging, Provenance.FILE, provenance.toJson(), false);
            moveIntoPlace(staging, absolute);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staging);
            for (Path parent : createdParents) {
                deleteQuietly(parent);
            }
            if (e instanceof ScaffoldException scaffold) {
                throw scaffold;
            }
            throw ScaffoldException.failure("cannot write project " + absolute + ": " + describe(e), e);
        }
    }

    /** Writes one file under {@code root}, creating its directories; sets the executable bit when asked. */
    public static void writeFile(Path root, String relative, byte[] content, boolean executable) throws IOException {
        Path file = SafePaths.resolveInside(root, relative);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            setExecutable(file, executable);
        } catch (IOException e) {
            throw new IOException(relative + ": " + e.getClass().getSimpleName() + " " + describe(e), e);
        }
    }

    /** Sets or clears the executable bits, where the file system has them. */
    public static void setExecutable(Path file, boolean executable) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (executable) {
            permissions.addAll(EXECUTABLE);
        } else {
            permissions.removeAll(EXECUTABLE);
        }
        Files.setPosixFilePermissions(file, permissions);
    }

    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            Files.delete(target);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
            Files.move(staging, target);
        }
    }

    private static void createParents(Path directory, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path current = directory; current != null && !Files.exists(current); current = current.getParent()) {
            missing.add(current);
        }
        Files.createDirectories(directory);
        created.addAll(missing);
    }

    private static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path entry : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(entry);
            }
        } catch (IOException ignored) {
            // best effort: the original failure is what the user needs to see
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}

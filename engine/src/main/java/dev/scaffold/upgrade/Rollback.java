package dev.scaffold.upgrade;

import dev.scaffold.render.SafePaths;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Puts a project back as a {@link Journal} recorded it before an upgrade: files, modes, directories, git index. */
final class Rollback {

    private Rollback() {
    }

    /** @return how many files it changed back */
    static int replay(Path project, Path directory, Journal.Manifest manifest) throws IOException {
        int restored = 0;
        // created files and temporaries go first, then created directories, so that a path the upgrade
        // turned from a file into a directory (or back) is free again when its original returns
        for (Journal.Entry entry : manifest.entries()) {
            if (entry.temporary() != null) {
                Files.deleteIfExists(SafePaths.resolveInside(project, entry.temporary()));
            }
            if (!entry.existed() && Files.deleteIfExists(SafePaths.resolveInside(project, entry.path()))) {
                restored++;
            }
        }
        List<String> created = new ArrayList<>(manifest.createdDirectories());
        created.sort(Comparator.comparingInt((String path) -> path.split("/").length).reversed());
        for (String path : created) {
            deleteIfEmpty(SafePaths.resolveInside(project, path));
        }
        for (Journal.Entry entry : manifest.entries()) {
            restored += entry.existed() && restore(project, directory, entry) ? 1 : 0;
        }
        if (manifest.gitIndex()) {
            GitRepository.restoreIndex(project, Files.readAllBytes(directory.resolve(Journal.INDEX)));
        }
        return restored;
    }

    /** Puts a file that existed back as it was (bytes and mode); whether that changed anything. */
    private static boolean restore(Path project, Path directory, Journal.Entry entry) throws IOException {
        Path target = SafePaths.resolveInside(project, entry.path());
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            deleteIfEmpty(target);
        }
        if (entry.backup() == null || !entry.backup().matches("backup-[0-9]+")) {
            throw new IOException("the journal's entry for " + entry.path() + " names no backup");
        }
        byte[] original = Files.readAllBytes(directory.resolve(entry.backup()));
        boolean same = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Arrays.equals(Files.readAllBytes(target), original)
                && (entry.mode() == null || PosixFilePermissions.toString(Files.getPosixFilePermissions(target)).equals(entry.mode()));
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".scaffold-recover");
        Files.write(temporary, original);
        if (entry.mode() != null && posix(temporary)) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString(entry.mode()));
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return !same;
    }

    private static void deleteIfEmpty(Path directory) throws IOException {
        try {
            Files.deleteIfExists(directory);
        } catch (DirectoryNotEmptyException e) {
            // something else lives there
        }
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}

package dev.scaffold.upgrade;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scaffold.ScaffoldException;
import dev.scaffold.render.SafePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The on-disk undo record of an upgrade, in {@code .scaffold/journal/}, so that a process killed half-way
 * through the writes leaves a project that can be restored exactly. Before the first write in the project,
 * every file to be replaced or deleted is copied into the journal (bytes and mode), with the files and
 * directories that will be created and, when conflict stages will be written, the git index; then
 * {@code journal.json} is put in place atomically. The upgrade is done when the journal is removed; until
 * then {@link #recover} (run by the next {@code scaffold upgrade}, {@code add} or {@code diff}, or
 * {@code scaffold upgrade --recover}) puts every file back as it was and removes what the upgrade created.
 * It covers a killed process, not a lost disk cache (nothing is fsync-ed).
 */
public final class Journal {

    /** Where the journal lives, relative to the project. */
    public static final String DIRECTORY = SafePaths.RESERVED + "/journal";
    private static final String MANIFEST = "journal.json";
    static final String INDEX = "index";
    private static final String OWNER = "owner";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One file the upgrade writes (through a temporary file) or deletes (no temporary file). */
    record Planned(String path, String temporary) {
    }

    /** One file the upgrade writes or deletes: its temporary file, whether it existed, its backup in the journal, its mode. */
    record Entry(String path, String temporary, boolean existed, String backup, String mode) {
    }

    /** @param gitIndex whether the journal holds a copy of the git index of the project's repository */
    record Manifest(List<Entry> entries, List<String> createdDirectories, boolean gitIndex) {
    }

    private Journal() {
    }

    /**
     * Writes the journal; nothing in the project has changed yet.
     *
     * @param index the git index the upgrade will rewrite, if any
     */
    static void begin(Path project, List<Planned> planned, List<String> createdDirectories, Optional<Path> index) throws IOException {
        Path directory = project.resolve(DIRECTORY);
        if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            throw ScaffoldException.failure(DIRECTORY + " exists, from an interrupted upgrade: run 'scaffold upgrade --recover'", null);
        }
        Files.createDirectories(directory);
        try {
            JournalOwner.write(directory.resolve(OWNER));
            List<Entry> entries = new ArrayList<>();
            for (Planned file : planned) {
                Path target = SafePaths.resolveInside(project, file.path());
                if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    entries.add(new Entry(file.path(), file.temporary(), false, null, null));
                    continue;
                }
                String backup = "backup-" + entries.size();
                Files.copy(target, directory.resolve(backup));
                entries.add(new Entry(file.path(), file.temporary(), true, backup,
                        posix(target) ? PosixFilePermissions.toString(Files.getPosixFilePermissions(target)) : null));
            }
            if (index.isPresent() && Files.isRegularFile(index.get())) {
                Files.copy(index.get(), directory.resolve(INDEX));
            }
            Path manifest = directory.resolve(MANIFEST + ".tmp");
            JSON.writeValue(manifest.toFile(), new Manifest(entries, createdDirectories, Files.exists(directory.resolve(INDEX))));
            Files.move(manifest, directory.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteTree(directory);
            throw e;
        }
    }

    /** Marks the upgrade done: removes the journal, its manifest first. */
    static void end(Path project) throws IOException {
        Path directory = project.resolve(DIRECTORY);
        Files.deleteIfExists(directory.resolve(MANIFEST));
        deleteTree(directory);
    }

    /**
     * Restores the project from the journal of an interrupted upgrade, if there is one, and removes it.
     * Running it again after it was itself interrupted is safe.
     *
     * @return how many files were put back (0 when the upgrade died before changing anything), or empty
     *         when there is no journal
     */
    public static Optional<Integer> recover(Path project) {
        Path directory = project.resolve(DIRECTORY);
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        JournalOwner.requireGone(directory.resolve(OWNER));
        try {
            Path manifestFile = directory.resolve(MANIFEST);
            int restored = 0;
            if (Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
                restored = Rollback.replay(project, directory, JSON.readValue(manifestFile.toFile(), Manifest.class));
            }
            end(project);
            return Optional.of(restored);
        } catch (IOException | RuntimeException e) {
            throw ScaffoldException.failure("cannot recover the interrupted upgrade from " + directory + " (" + e.getMessage()
                    + "); the journal is kept, so 'scaffold upgrade --recover' can try again", e);
        }
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

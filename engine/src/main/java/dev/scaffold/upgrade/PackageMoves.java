package dev.scaffold.upgrade;

import dev.scaffold.ScaffoldException;
import dev.scaffold.render.Provenance;
import dev.scaffold.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Moves the files you added in a directory that an answer renames ({@code -P package=org.acme.shop} moves
 * {@code src/main/java/com/example/shop/}) along with the blueprint's own files, so that none is left
 * behind in the old tree. A moved {@code .java} file whose {@code package} line matches where it was gets
 * that line rewritten for where it goes (sub-packages too); other mentions of the old package (imports,
 * qualified names) are the user's to update, and the report says so. A file that cannot move (its new
 * path is taken, or it is a symbolic link) stays where it is and is reported as a conflict.
 */
final class PackageMoves {

    /** What to report and what to write. */
    record Result(List<FileOutcome> outcomes, List<FileChange> changes) {
    }

    private PackageMoves() {
    }

    /**
     * @param managed the outcomes of the managed files, whose moves say which directories move
     * @param taken   every path the upgrade manages or writes (see {@link #taken}): no user file there moves
     */
    static Result of(Path project, List<FileOutcome> managed, Set<String> taken) {
        Map<String, String> directories = new TreeMap<>();
        managed.stream().filter(FileOutcome::moved).forEach(outcome -> {
            String oldDir = parent(outcome.previousPath());
            String newDir = parent(outcome.path());
            if (!oldDir.equals(newDir) && !oldDir.isEmpty() && !newDir.isEmpty()) {
                directories.merge(oldDir, newDir, (one, other) -> one.equals(other) ? one : "");
            }
        });
        directories.values().removeIf(String::isEmpty);
        List<FileOutcome> outcomes = new ArrayList<>();
        List<FileChange> changes = new ArrayList<>();
        for (String path : userFiles(project, directories, taken)) {
            String from = longestPrefix(directories, path);
            String target = directories.get(from) + path.substring(from.length());
            Path file = project.resolve(path);
            if (Files.isSymbolicLink(file) || taken.contains(target) || Files.exists(project.resolve(target), LinkOption.NOFOLLOW_LINKS)) {
                outcomes.add(new FileOutcome(path, Outcome.LEFT_BEHIND, null, "yours; its directory moved to "
                        + directories.get(from) + ", but " + (Files.isSymbolicLink(file) ? "it is a symbolic link" : target + " exists")));
                continue;
            }
            JavaPackageLine.Moved moved = path.endsWith(".java")
                    ? JavaPackageLine.rewrite(read(file), parent(path), parent(target))
                    : new JavaPackageLine.Moved(read(file), null);
            byte[] content = moved.content();
            String note = moved.note();
            changes.add(FileChange.write(target, content, executable(file)));
            changes.add(FileChange.delete(path));
            outcomes.add(new FileOutcome(target, Outcome.MOVED, path, note));
        }
        return new Result(outcomes, changes);
    }

    /** The paths the upgrade manages or writes: recorded, rendered, or changed. */
    static Set<String> taken(List<Provenance.FileRecord> recorded, List<RenderedFile> theirs, Set<String> written) {
        Set<String> taken = new HashSet<>(written);
        recorded.forEach(record -> taken.add(record.path()));
        theirs.forEach(file -> taken.add(file.path()));
        return taken;
    }

    /**
     * The user's files under the directories that move, in path order; not those already in a new directory
     * deeper than the old one they are in ({@code com.example -> com.example.shop} leaves {@code com/example/shop/} be).
     */
    private static List<String> userFiles(Path project, Map<String, String> directories, Set<String> taken) {
        Set<String> found = new TreeSet<>();
        for (String directory : directories.keySet()) {
            Path root = project.resolve(directory);
            if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                        .map(path -> project.relativize(path).toString().replace('\\', '/'))
                        .filter(path -> !taken.contains(path))
                        .filter(path -> deepest(directories.keySet(), path) > deepest(directories.values(), path))
                        .forEach(found::add);
            } catch (IOException e) {
                throw ScaffoldException.failure("cannot read " + root + ": " + e.getMessage(), e);
            }
        }
        return new ArrayList<>(found);
    }

    private static int deepest(Collection<String> directories, String path) {
        return directories.stream().filter(directory -> path.startsWith(directory + "/")).mapToInt(String::length).max().orElse(-1);
    }

    private static String longestPrefix(Map<String, String> directories, String path) {
        return directories.keySet().stream().filter(directory -> path.startsWith(directory + "/"))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean executable(Path file) {
        try {
            return Drift.executable(file);
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}

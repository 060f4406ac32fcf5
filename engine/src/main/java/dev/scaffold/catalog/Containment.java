package dev.scaffold.catalog;

import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Keeps what the engine reads from a blueprint source inside it: a symbolic link (a template, a
 * manifest, a blueprint or include directory) may point only inside the directory it belongs to, so a
 * blueprint from an untrusted fork can never copy a file such as {@code ~/.aws/credentials} into a project.
 */
public final class Containment {

    private Containment() {
    }

    /**
     * The real path of {@code path} (links resolved), when it stays inside {@code boundary}; a path that does
     * not exist is returned as it is, unless it is a symbolic link pointing nowhere.
     *
     * @param what     how the error names the path, e.g. {@code template hobbyist:README.md}
     * @param boundary the directory it must stay in, and how the error names it
     * @throws ScaffoldException (invalid input) when a link on the way leads outside the boundary, or nowhere
     */
    public static Path inside(Path path, String what, Path boundary, String boundaryName) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return path;
        }
        Path real = real(path, what);
        if (!real.startsWith(real(boundary, boundaryName))) {
            throw ScaffoldException.invalidInput(what + pointsTo(path, real) + ", outside " + boundaryName + " " + boundary
                    + ": refusing to read it");
        }
        return real;
    }

    /**
     * The manifest of the blueprint in {@code directory}, once the directory is inside the catalog root
     * and the manifest inside the directory.
     *
     * @throws ScaffoldException (invalid input) when either is a symbolic link out of its boundary
     */
    static Path manifestOf(Path directory, Path catalogRoot) {
        inside(directory, "blueprint directory " + directory, catalogRoot, "blueprint source");
        Path manifest = directory.resolve(ManifestReader.MANIFEST);
        inside(manifest, "manifest " + manifest, directory, "its blueprint's directory");
        return manifest;
    }

    /**
     * The real path of {@code path}.
     *
     * @throws ScaffoldException (invalid input) for a symbolic link that points to nothing
     */
    public static Path real(Path path, String what) {
        try {
            return path.toRealPath();
        } catch (NoSuchFileException e) {
            throw ScaffoldException.invalidInput(what + " is a symbolic link to " + linkText(path) + ", which does not exist");
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot resolve " + what + " (" + path + "): " + e.getMessage(), e);
        }
    }

    /** What the link says, and where that leads when it differs; or, when a directory on the way is the link, where it leads. */
    private static String pointsTo(Path path, Path real) {
        if (!Files.isSymbolicLink(path)) {
            return " leads through a symbolic link to " + real;
        }
        String text = linkText(path);
        return " is a symbolic link to " + (text.equals(real.toString()) ? text : text + " (" + real + ")");
    }

    private static String linkText(Path path) {
        try {
            return Files.isSymbolicLink(path) ? Files.readSymbolicLink(path).toString() : path.toString();
        } catch (IOException | UnsupportedOperationException e) {
            return path.toString();
        }
    }
}

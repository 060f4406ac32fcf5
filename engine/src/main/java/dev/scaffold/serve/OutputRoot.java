package dev.scaffold.serve;

import dev.scaffold.ExitCodes;
import dev.scaffold.ScaffoldException;
import dev.scaffold.render.ProjectWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * {@code --output-root DIR}: the one directory {@code POST /api/render?target=NAME} may write into, as
 * {@code DIR/NAME}. NAME is one plain directory name (no {@code /}, {@code \}, {@code ..}, nothing
 * absolute); {@code DIR/NAME} must not be a symbolic link, and must not exist or be an empty directory,
 * as {@code scaffold new} requires of {@code -o} (409 otherwise, with the CLI's message).
 */
final class OutputRoot {

    private final Path root;

    /** @param root an existing directory; its real path is used, so nothing later resolves through a link in it */
    OutputRoot(Path root) {
        try {
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw ScaffoldException.invalidInput("--output-root " + root + " does not exist");
        }
        if (!Files.isDirectory(this.root)) {
            throw ScaffoldException.invalidInput("--output-root " + root + " is not a directory");
        }
    }

    Path root() {
        return root;
    }

    /**
     * The directory to write {@code name} into.
     *
     * @throws ApiError 400 for a name that is not one plain segment or is a symbolic link, 409 for a target
     *                  that exists and is not an empty directory
     */
    Path target(String name) {
        if (!isPlainName(name)) {
            throw ApiError.of(400, "target '" + name + "' must be one plain directory name (no '/', '\\', '.', '..'"
                    + " or drive), created inside the output root");
        }
        Path target = root.resolve(name);
        if (!target.normalize().getParent().equals(root)) {
            throw ApiError.of(400, "target '" + name + "' must be one directory name inside the output root");
        }
        if (Files.isSymbolicLink(target)) {
            throw ApiError.of(400, "target '" + name + "' is a symbolic link in the output root; refusing to follow it");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            try {
                ProjectWriter.checkTarget(target);
            } catch (ScaffoldException e) {
                throw ApiError.of(e.exitCode() == ExitCodes.INVALID_INPUT ? 409 : 500, e);
            }
        }
        return target;
    }

    /** Whether the name is one plain path segment: the name of a directory to create. */
    static boolean isPlainName(String name) {
        return !(name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")
                || name.indexOf('\0') >= 0 || name.matches("^[A-Za-z]:.*"));
    }
}

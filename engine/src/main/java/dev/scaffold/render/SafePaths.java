package dev.scaffold.render;

import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Keeps every rendered path inside the project: no absolute paths, no {@code ..}, no empty or
 * reserved segments, and no symbolic link on the way to a file.
 */
public final class SafePaths {

    /** Where the engine keeps the project's provenance; no template may write there. */
    public static final String RESERVED = ".scaffold";

    private SafePaths() {
    }

    /**
     * Checks a rendered relative path ({@code /}-separated).
     *
     * @param template the template it came from, for the error message
     * @throws ScaffoldException (invalid input) when the path would leave the project or is malformed
     */
    public static String check(String path, String template) {
        String problem = problem(path);
        if (problem != null) {
            throw ScaffoldException.invalidInput("template " + template + " renders to path '" + path + "', which " + problem
                    + "; check the answers that form this path");
        }
        return path;
    }

    private static String problem(String path) {
        String structural = structuralProblem(path);
        if (structural != null) {
            return structural;
        }
        String first = path.split("/")[0];
        if (first.equals(RESERVED) || first.equals(".git")) {
            return "is inside " + first + "/, which the engine reserves";
        }
        return null;
    }

    private static String structuralProblem(String path) {
        if (path.isEmpty()) {
            return "is empty";
        }
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.contains("\\")) {
            return "is absolute or uses backslashes";
        }
        if (path.indexOf('\0') >= 0) {
            return "contains a NUL character";
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "has an empty, '.' or '..' segment";
            }
        }
        return null;
    }

    /**
     * Resolves a relative path under {@code root}, refusing a malformed path, and refusing when any
     * existing directory on the way (or the file itself) is a symbolic link, so a write can never land
     * outside the project.
     */
    public static Path resolveInside(Path root, String path) throws IOException {
        String problem = structuralProblem(path);
        if (problem != null) {
            throw ScaffoldException.invalidInput("refusing to write '" + path + "', which " + problem);
        }
        Path current = root;
        for (String segment : path.split("/")) {
            current = current.resolve(segment);
            if (Files.isSymbolicLink(current)) {
                throw ScaffoldException.invalidInput("refusing to write " + path + ": " + root.relativize(current)
                        + " is a symbolic link");
            }
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                break;
            }
        }
        return root.resolve(path);
    }
}

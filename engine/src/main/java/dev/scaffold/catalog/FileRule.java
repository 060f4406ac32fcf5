package dev.scaffold.catalog;

import dev.scaffold.params.Condition;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A manifest rule for the template files whose path (relative to {@code template/}, before rendering)
 * matches a glob: include them only when a condition holds, copy them byte for byte instead of
 * rendering, and/or mark them executable.
 *
 * <p>Globs are those of {@link java.nio.file.FileSystem#getPathMatcher}; a leading {@code **}{@code /}
 * also matches at the top level.
 *
 * @param glob       which template files the rule applies to
 * @param when       the condition for including them, or {@code null} for always
 * @param verbatim   copy without rendering (binary files, or text full of {@code {{ }}})
 * @param executable set the executable bit on the rendered file
 */
public record FileRule(String glob, Condition when, boolean verbatim, boolean executable) {

    public boolean matches(String templatePath) {
        if (matcher(glob).matches(Path.of(templatePath))) {
            return true;
        }
        return glob.startsWith("**/") && matcher(glob.substring(3)).matches(Path.of(templatePath));
    }

    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }
}

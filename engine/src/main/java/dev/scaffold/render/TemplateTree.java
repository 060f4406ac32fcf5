package dev.scaffold.render;

import dev.scaffold.ScaffoldException;
import dev.scaffold.catalog.Containment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The template files of one {@code template/} directory, by their {@code /}-separated path in it.
 *
 * <p>A symbolic link is followed only when it leads inside the directory that holds that
 * {@code template/} (the blueprint's, or an included library's): a linked file is read, a linked
 * directory is expanded as if its files were there. A link that leads outside, to nothing, or into a
 * directory it is already inside is refused, never dropped; so is a {@code template/} that is itself a link outside.
 */
final class TemplateTree {

    private final String owner;
    private final Path boundary;
    private final Deque<Path> walking = new ArrayDeque<>();

    private TemplateTree(String owner, Path boundary) {
        this.owner = owner;
        this.boundary = boundary;
    }

    /**
     * Adds the files under {@code root} to {@code templates}, replacing those of an earlier root at the same path.
     *
     * @param owner the blueprint id, for error messages
     */
    static void collect(String owner, Path root, Map<String, Path> templates) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path directory = root.getParent();
        Path real = Containment.inside(root, "template directory of " + owner, directory, "directory");
        if (!Files.isDirectory(real)) {
            return;
        }
        TemplateTree tree = new TemplateTree(owner, directory);
        tree.walking.push(real);
        tree.walk(root, "", templates);
    }

    private void walk(Path directory, String prefix, Map<String, Path> templates) {
        for (Path entry : entries(directory)) {
            String name = entry.getFileName().toString().replace("/", "");
            String path = prefix + name;
            if (Files.isSymbolicLink(entry)) {
                String what = "template " + owner + ":" + path;
                Path target = Containment.inside(entry, what, boundary, "its blueprint's directory");
                if (Files.isDirectory(target)) {
                    if (walking.stream().anyMatch(outer -> outer.startsWith(target))) {
                        throw ScaffoldException.invalidInput(what + " is a symbolic link to " + target
                                + ", a directory it is already inside: refusing to loop");
                    }
                    walking.push(target);
                    walk(entry, path + "/", templates);
                    walking.pop();
                } else if (Files.isRegularFile(target)) {
                    templates.put(path, target);
                }
            } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walking.push(walking.peek().resolve(name));
                walk(entry, path + "/", templates);
                walking.pop();
            } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                templates.put(path, entry);
            }
        }
    }

    private List<Path> entries(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot read the templates of blueprint " + owner + " in " + directory
                    + ": " + e.getMessage(), e);
        }
    }
}

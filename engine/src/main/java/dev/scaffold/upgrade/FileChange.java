package dev.scaffold.upgrade;

/**
 * One write or delete an upgrade makes in the project.
 *
 * @param path       the path in the project
 * @param content    the bytes to write, or null to delete the file
 * @param executable the executable bit of a written file
 */
public record FileChange(String path, byte[] content, boolean executable) {

    public static FileChange write(String path, byte[] content, boolean executable) {
        return new FileChange(path, content, executable);
    }

    public static FileChange delete(String path) {
        return new FileChange(path, null, false);
    }

    public boolean deletes() {
        return content == null;
    }
}

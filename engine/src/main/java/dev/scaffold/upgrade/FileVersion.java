package dev.scaffold.upgrade;

import dev.scaffold.render.RenderedFile;

/**
 * One of the three versions of a file (base, yours, theirs).
 *
 * @param path       the path in the project
 * @param content    the bytes, or null when only the recorded hash is known (the old render is unavailable)
 * @param sha256     the hash of the bytes
 * @param executable the executable bit
 */
record FileVersion(String path, byte[] content, String sha256, boolean executable) {

    static FileVersion of(RenderedFile file) {
        return new FileVersion(file.path(), file.content(), file.sha256(), file.executable());
    }

    static FileVersion of(String path, byte[] content, boolean executable) {
        return new FileVersion(path, content, RenderedFile.sha256(content), executable);
    }

    boolean known() {
        return content != null;
    }
}

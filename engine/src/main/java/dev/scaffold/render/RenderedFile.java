package dev.scaffold.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One file of a rendered project, in memory.
 *
 * @param path       the path inside the project, {@code /}-separated
 * @param content    the bytes to write
 * @param executable whether the file gets the executable bit
 * @param blueprint  the id of the blueprint the file came from
 * @param template   the template's path inside that blueprint's {@code template/} directory
 */
public record RenderedFile(String path, byte[] content, boolean executable, String blueprint, String template) {

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public String sha256() {
        return sha256(content);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

package dev.scaffold.upgrade;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text or binary, and line endings: files are compared and merged with LF line ends, then written back
 * in the style the user's copy uses.
 */
final class TextFiles {

    private static final int SNIFF = 8000;

    private TextFiles() {
    }

    /** Binary when it has a NUL byte near the start (as git decides) or is not UTF-8. */
    static boolean binary(byte[] content) {
        for (int i = 0; i < Math.min(content.length, SNIFF); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return false;
        } catch (CharacterCodingException e) {
            return true;
        }
    }

    /** Whether the file ends its lines with CRLF (judged by its first line end). */
    static boolean crlf(byte[] content) {
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                return i > 0 && content[i - 1] == '\r';
            }
        }
        return false;
    }

    static byte[] toLf(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        for (int i = 0; i < content.length; i++) {
            if (!(content[i] == '\r' && i + 1 < content.length && content[i + 1] == '\n')) {
                out.write(content[i]);
            }
        }
        return out.toByteArray();
    }

    /** LF text in the line-end style of {@code style} (a file of the user's), or as it is. */
    static byte[] inStyleOf(byte[] lfText, byte[] style) {
        if (style == null || !crlf(style)) {
            return lfText;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(lfText.length + lfText.length / 20);
        for (byte b : lfText) {
            if (b == '\n') {
                out.write('\r');
            }
            out.write(b);
        }
        return out.toByteArray();
    }

    /** Equal bytes, or (for text) equal once line ends are normalised. */
    static boolean same(byte[] a, byte[] b) {
        if (Arrays.equals(a, b)) {
            return true;
        }
        return !binary(a) && !binary(b) && Arrays.equals(toLf(a), toLf(b));
    }
}

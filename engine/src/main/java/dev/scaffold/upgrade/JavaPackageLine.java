package dev.scaffold.upgrade;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code package} line of a user's {@code .java} file that {@link PackageMoves} moves to another directory. */
final class JavaPackageLine {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^(\\s*package\\s+)([\\w.]+)(\\s*;)");

    /** The file's bytes after the move, and what the report says about them. */
    record Moved(byte[] content, String note) {
    }

    private JavaPackageLine() {
    }

    /**
     * The file with its package line naming the package of {@code newDir}, when that line named the package of
     * {@code oldDir} (the same source root above both); otherwise unchanged, with a note to check it. Bytes
     * that are not UTF-8 are never rewritten.
     */
    static Moved rewrite(byte[] content, String oldDir, String newDir) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new Moved(content, "check its package declaration");
        }
        Matcher declared = PACKAGE.matcher(text);
        String oldPackage = declared.find() ? declared.group(2) : null;
        String newPackage = oldPackage == null ? null : newPackage(oldPackage, oldDir, newDir);
        if (newPackage == null) {
            return new Moved(content, "check its package declaration");
        }
        String elsewhere = text.substring(0, declared.start()) + text.substring(declared.end());
        boolean mentions = Pattern.compile("\\b" + Pattern.quote(oldPackage) + "\\b").matcher(elsewhere).find();
        String rewritten = text.substring(0, declared.start(2)) + newPackage + text.substring(declared.end(2));
        return new Moved(rewritten.getBytes(StandardCharsets.UTF_8),
                "package line now " + newPackage + (mentions ? "; it still mentions " + oldPackage + ", update those" : ""));
    }

    /** The package of {@code newDir}, when {@code declared} is the package of {@code oldDir}. */
    private static String newPackage(String declared, String oldDir, String newDir) {
        String layout = "/" + declared.replace('.', '/');
        if (!("/" + oldDir).endsWith(layout)) {
            return null;
        }
        String root = oldDir.substring(0, oldDir.length() - layout.length() + 1);
        if (!newDir.startsWith(root) || newDir.length() <= root.length()) {
            return null;
        }
        String relative = newDir.substring(root.length());
        return relative.matches("[A-Za-z_$][\\w$]*(/[A-Za-z_$][\\w$]*)*") ? relative.replace('/', '.') : null;
    }
}

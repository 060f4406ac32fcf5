package dev.scaffold.upgrade;

import dev.scaffold.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the old values of secrets from the user's files, so that the old render can be reproduced and
 * checked against its recorded hash: a line of the old render with markers in place of the secrets
 * ({@code token=<old value of secret token, not recorded>}) is matched against the user's lines
 * ({@code token=old1}). A guess is only ever used once the render it gives has the recorded hash.
 */
final class SecretRecovery {

    private final Map<String, String> markers;

    /** @param markers each secret's name and the marker text rendered in its place */
    SecretRecovery(Map<String, String> markers) {
        this.markers = markers;
    }

    /** The values the user's file suggests for the secrets, first found first, by secret name. */
    Map<String, String> guess(RenderedFile withMarkers, byte[] ours, Map<String, String> into) {
        if (ours == null || TextFiles.binary(ours)) {
            return into;
        }
        List<String> userLines = TextFiles.toLf(ours).length == 0 ? List.of()
                : new String(TextFiles.toLf(ours), StandardCharsets.UTF_8).lines().toList();
        for (String line : withMarkers.text().lines().toList()) {
            List<String> names = new ArrayList<>();
            Pattern pattern = pattern(line, names);
            if (names.isEmpty()) {
                continue;
            }
            for (String candidate : userLines) {
                Matcher matcher = pattern.matcher(candidate);
                if (matcher.matches()) {
                    for (int group = 1; group <= names.size(); group++) {
                        into.putIfAbsent(names.get(group - 1), matcher.group(group));
                    }
                    break;
                }
            }
        }
        return into;
    }

    /** The line as a pattern: its text literal, each marker a group; {@code names} gets the secret of each group. */
    private Pattern pattern(String line, List<String> names) {
        StringBuilder regex = new StringBuilder();
        int at = 0;
        while (true) {
            int next = -1;
            String found = null;
            for (Map.Entry<String, String> marker : markers.entrySet()) {
                int index = line.indexOf(marker.getValue(), at);
                if (index >= 0 && (next < 0 || index < next)) {
                    next = index;
                    found = marker.getKey();
                }
            }
            if (found == null) {
                regex.append(Pattern.quote(line.substring(at)));
                return Pattern.compile(regex.toString());
            }
            regex.append(Pattern.quote(line.substring(at, next))).append("(.*?)");
            names.add(found);
            at = next + markers.get(found).length();
        }
    }

    static Map<String, String> empty() {
        return new LinkedHashMap<>();
    }
}

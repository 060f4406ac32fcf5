package dev.scaffold.serve;

import dev.scaffold.params.Answers;
import dev.scaffold.params.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code scaffold new} command line that renders what the API rendered: {@code scaffold new -b
 * enterprise --with step-functions -o <projectName> --no-input -P k=v ...}, with only the answers that
 * differ from their defaults, each word shell-quoted. A secret's value is never written into it: its
 * {@code -P} carries a placeholder to replace.
 */
final class EquivalentCommand {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private EquivalentCommand() {
    }

    static String of(RenderRequest request, String directory, List<Parameter> parameters, Answers answers) {
        List<String> words = new ArrayList<>(List.of("scaffold", "new", "-b", request.blueprint()));
        request.layers().forEach(layer -> words.addAll(List.of("--with", layer)));
        words.addAll(List.of("-o", directory, "--no-input"));
        for (Parameter parameter : parameters) {
            Object value = answers.get(parameter.name());
            if (value == null || Objects.equals(value, parameter.defaultValue())) {
                continue;
            }
            String text = parameter.secret() ? "<" + parameter.name() + ">" : parameter.type().format(value);
            words.addAll(List.of("-P", parameter.name() + "=" + text));
        }
        return String.join(" ", words.stream().map(EquivalentCommand::quote).toList());
    }

    /** A word as a POSIX shell reads it back: as it is when plain, else in single quotes. */
    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}

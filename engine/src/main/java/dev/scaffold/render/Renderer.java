package dev.scaffold.render;

import dev.scaffold.ScaffoldException;
import dev.scaffold.catalog.Blueprint;
import dev.scaffold.catalog.Composition;
import dev.scaffold.catalog.FileRule;
import dev.scaffold.params.Answers;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Renders a {@link Composition} with its answers into files in memory: paths and contents through
 * {@link StrictMustache}, file rules applied, every path checked by {@link SafePaths}, the result
 * ordered by path so the same input always gives the same output.
 */
public final class Renderer {

    private final StrictMustache mustache = new StrictMustache();

    /**
     * @throws ScaffoldException when a template cannot be rendered, a path is unsafe, or two parts
     *                           render the same path
     */
    public List<RenderedFile> render(Composition composition, Answers answers) {
        return render(composition, answers, (blueprint, template) -> true);
    }

    /**
     * Renders only the templates {@code include} accepts, given the blueprint id and the template path:
     * an upgrade needs the old render of just the files the user changed.
     */
    public List<RenderedFile> render(Composition composition, Answers answers, BiPredicate<String, String> include) {
        Map<String, Object> context = composition.templateContext(answers);
        Map<String, RenderedFile> files = new TreeMap<>();
        for (Blueprint part : composition.parts()) {
            for (Map.Entry<String, Path> source : templates(part).entrySet()) {
                String template = source.getKey();
                if (!include.test(part.id(), template)) {
                    continue;
                }
                renderOne(part, template, source.getValue(), context).ifPresent(file -> {
                    RenderedFile earlier = files.putIfAbsent(file.path(), file);
                    if (earlier != null) {
                        throw ScaffoldException.invalidInput("blueprints " + earlier.blueprint() + " and " + part.id()
                                + " both render " + file.path());
                    }
                });
            }
        }
        return List.copyOf(files.values());
    }

    private Optional<RenderedFile> renderOne(Blueprint part, String template, Path file, Map<String, Object> context) {
        List<FileRule> rules = part.fileRules().stream().filter(rule -> rule.matches(template)).toList();
        if (rules.stream().anyMatch(rule -> rule.when() != null && !rule.when().test(context))) {
            return Optional.empty();
        }
        boolean verbatim = rules.stream().anyMatch(FileRule::verbatim);
        boolean executable = rules.stream().anyMatch(FileRule::executable);
        String name = part.id() + ":" + template;
        String path = SafePaths.check(mustache.render(name + " (path)", template, context), name);
        byte[] source = read(file);
        byte[] content = verbatim ? source
                : mustache.render(name, decode(source, name), context).getBytes(StandardCharsets.UTF_8);
        return Optional.of(new RenderedFile(path, content, executable, part.id(), template));
    }

    /** Each template path of the blueprint and the file it is read from: its own, else an included library's. */
    private static Map<String, Path> templates(Blueprint part) {
        Map<String, Path> templates = new TreeMap<>();
        for (Path root : part.templateRoots()) {
            TemplateTree.collect(part.id(), root, templates);
        }
        return templates;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot read template " + file + ": " + e.getMessage(), e);
        }
    }

    private static String decode(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new TemplateException(name, "is not UTF-8 text; mark it 'verbatim' in the manifest's file rules");
        }
    }
}

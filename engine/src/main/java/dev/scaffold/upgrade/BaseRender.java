package dev.scaffold.upgrade;

import dev.scaffold.catalog.Composition;
import dev.scaffold.params.Answers;
import dev.scaffold.params.Parameter;
import dev.scaffold.params.ParameterType;
import dev.scaffold.render.Provenance;
import dev.scaffold.render.RenderedFile;
import dev.scaffold.render.Renderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The old render of the files the user changed, as a merge base: only what reproduces the hash the
 * provenance recorded is the base.
 *
 * <p>Secrets are never recorded, so the old version is rendered with the secrets given now; when one
 * changed ({@code -P token=new}), a file holding it no longer renders as it was, and taking that render as
 * the base would make the new secret look like no change at all (the edited file "kept", the old secret
 * left in it). For such a file the old value is looked for in the user's file ({@link SecretRecovery}); when
 * the render with it has the recorded hash, that render is the true base and the file merges as any other
 * (your edits kept, the new secret in). Otherwise the file is merged against the old render with a marker in
 * place of each secret ({@code <old value of secret token, not recorded>}): each line holding a secret then
 * differs from the base on both sides, so it is a conflict showing your value against the blueprint's,
 * never a silent keep. A file that does not reproduce, and holds no secret, has no base at all (merged
 * against an empty one, as when the old version cannot be rendered).
 *
 * @param files      the base renders to merge against
 * @param unverified the {@code blueprint:template} keys of files whose base is not the recorded render, and why
 */
record BaseRender(List<RenderedFile> files, Map<String, String> unverified) {

    static final String SECRET_NOTE = "the old render holds a secret that is not recorded: the lines holding it are conflicts";
    static final String UNKNOWN_NOTE = "the old render does not reproduce its recorded hash: merged against an empty base";

    /**
     * @param changed which files to render (those the user changed)
     * @param ours    the user's file at a path, or null
     */
    static BaseRender of(Renderer renderer, Composition old, Answers answers, BiPredicate<String, String> changed,
                         List<Provenance.FileRecord> recorded, Function<String, byte[]> ours) {
        Map<String, String> hashes = new HashMap<>();
        recorded.forEach(record -> hashes.put(key(record.blueprint(), record.template()), record.sha256()));
        List<RenderedFile> files = new ArrayList<>();
        Map<String, RenderedFile> mismatched = new TreeMap<>();
        for (RenderedFile file : renderer.render(old, answers, changed)) {
            if (file.sha256().equals(hashes.get(key(file.blueprint(), file.template())))) {
                files.add(file);
            } else {
                mismatched.put(key(file.blueprint(), file.template()), file);
            }
        }
        Map<String, String> unverified = new TreeMap<>();
        Map<String, String> markers = markers(old);
        if (!mismatched.isEmpty() && !markers.isEmpty()) {
            BiPredicate<String, String> only = (blueprint, template) -> mismatched.containsKey(key(blueprint, template));
            Map<String, RenderedFile> marked = byKey(renderer.render(old, with(answers, markers), only));
            SecretRecovery recovery = new SecretRecovery(markers);
            Map<String, String> guesses = SecretRecovery.empty();
            marked.forEach((key, file) -> recovery.guess(file, ours.apply(mismatched.get(key).path()), guesses));
            if (!guesses.isEmpty()) {
                for (RenderedFile file : renderer.render(old, with(answers, guesses), only)) {
                    if (file.sha256().equals(hashes.get(key(file.blueprint(), file.template())))) {
                        files.add(file);
                        mismatched.remove(key(file.blueprint(), file.template()));
                    }
                }
            }
            mismatched.forEach((key, file) -> {
                RenderedFile withMarkers = marked.get(key);
                if (withMarkers != null && !withMarkers.sha256().equals(file.sha256())) {
                    files.add(withMarkers);
                    unverified.put(key, SECRET_NOTE);
                }
            });
        }
        mismatched.keySet().forEach(key -> unverified.putIfAbsent(key, UNKNOWN_NOTE));
        return new BaseRender(files, unverified);
    }

    /** A marker text for every text secret, standing for its unrecorded old value, by name. */
    private static Map<String, String> markers(Composition old) {
        Map<String, String> markers = new TreeMap<>();
        for (Parameter parameter : old.parameters()) {
            if (parameter.secret() && parameter.type() == ParameterType.STRING) {
                markers.put(parameter.name(), "<old value of secret " + parameter.name() + ", not recorded>");
            }
        }
        return markers;
    }

    private static Answers with(Answers answers, Map<String, String> values) {
        Map<String, Object> changed = new HashMap<>(answers.values());
        changed.putAll(values);
        return new Answers(changed);
    }

    private static Map<String, RenderedFile> byKey(List<RenderedFile> files) {
        Map<String, RenderedFile> byKey = new HashMap<>();
        files.forEach(file -> byKey.put(key(file.blueprint(), file.template()), file));
        return byKey;
    }

    static String key(String blueprint, String template) {
        return blueprint + ":" + template;
    }
}

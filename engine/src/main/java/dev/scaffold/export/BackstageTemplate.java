package dev.scaffold.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.scaffold.catalog.Blueprint;
import dev.scaffold.catalog.Composition;
import java.util.Iterator;

/**
 * A Backstage Software Template ({@code scaffold export backstage}) for one blueprint composition: the form
 * from the engine's JSON Schema, then the steps {@code scaffold:new} (integrations/backstage/),
 * {@code publish:github} and {@code catalog:register}.
 *
 * <p>Field names as Backstage documents them ("Writing Templates": apiVersion
 * {@code scaffolder.backstage.io/v1beta3}, kind Template, metadata name/title/description/tags, spec
 * owner/type/parameters/steps/output.links; "Builtin actions": {@code publish:github} takes {@code repoUrl}
 * and outputs {@code remoteUrl} and {@code repoContentsUrl}, {@code catalog:register} takes
 * {@code repoContentsUrl} and {@code catalogInfoPath} and outputs {@code entityRef}).
 */
public final class BackstageTemplate {

    public static final String API_VERSION = "scaffolder.backstage.io/v1beta3";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS) // "16" stays a string (postgresMajorVersion)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES));

    /**
     * @param owner  the template's {@code spec.owner}, an entity reference
     * @param host   the git host the repository step allows and {@code publish:github} publishes to
     * @param source where {@code scaffold:new} reads the blueprints ({@code --source}: a git repository, or
     *               a directory of the Backstage host), or {@code null} for the jar's bundled ones
     */
    public record Options(String owner, String host, String source) {
    }

    private BackstageTemplate() {
    }

    /** The template as a tree (what {@link #yaml} writes). */
    public static ObjectNode of(Composition composition, Options options) {
        ObjectNode template = NODES.objectNode();
        template.put("apiVersion", API_VERSION);
        template.put("kind", "Template");
        ObjectNode metadata = template.putObject("metadata");
        metadata.put("name", name(composition));
        metadata.put("title", composition.jsonSchema().path("title").asText());
        metadata.put("description", composition.base().description());
        ArrayNode tags = metadata.putArray("tags").add("scaffold");
        composition.parts().forEach(part -> tags.add(part.id()));
        ObjectNode spec = template.putObject("spec");
        spec.put("owner", options.owner());
        spec.put("type", "service");
        ObjectNode form = composition.jsonSchema();
        spec.putArray("parameters").add(FormSteps.blueprintStep(form)).add(FormSteps.repositoryStep(options.host()));
        ArrayNode steps = spec.putArray("steps");
        scaffoldStep(steps, composition, form, options);
        ObjectNode publish = step(steps, "publish", "Publish to GitHub", "publish:github");
        publish.put("repoUrl", "${{ parameters.repoUrl }}");
        publish.put("description", composition.base().description());
        ObjectNode register = step(steps, "register", "Register in the catalog", "catalog:register");
        register.put("repoContentsUrl", "${{ steps['publish'].output.repoContentsUrl }}");
        register.put("catalogInfoPath", "/catalog-info.yaml");
        ArrayNode links = spec.putObject("output").putArray("links");
        links.addObject().put("title", "Repository").put("url", "${{ steps['publish'].output.remoteUrl }}");
        links.addObject().put("title", "Open in catalog").put("icon", "catalog")
                .put("entityRef", "${{ steps['register'].output.entityRef }}");
        return template;
    }

    /** The template as YAML, as {@code scaffold export backstage} writes it. */
    public static String yaml(Composition composition, Options options) {
        try {
            return YAML.writeValueAsString(of(composition, options));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the template as YAML", e);
        }
    }

    /**
     * {@code scaffold:new} with the blueprint and layers pinned to the exported versions (the form is that
     * version's), and each parameter's answer as {@code ${{ parameters.NAME }}}, which v1beta3 templating
     * passes with its type; the action leaves out the answers the form left empty.
     */
    private static void scaffoldStep(ArrayNode steps, Composition composition, ObjectNode form, Options options) {
        ObjectNode input = step(steps, "scaffold", "Render " + form.path("title").asText(), "scaffold:new");
        if (options.source() != null) {
            input.put("source", options.source());
        }
        input.put("blueprint", pinned(composition.base()));
        ArrayNode layers = input.putArray("layers");
        composition.layers().forEach(layer -> layers.add(pinned(layer)));
        ObjectNode answers = input.putObject("answers");
        for (Iterator<String> names = form.path("properties").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            answers.put(name, "${{ parameters." + name + " }}");
        }
    }

    /** Adds a step to {@code steps}; returns its {@code input}. */
    private static ObjectNode step(ArrayNode steps, String id, String name, String action) {
        ObjectNode step = steps.addObject();
        step.put("id", id);
        step.put("name", name);
        step.put("action", action);
        return step.putObject("input");
    }

    private static String pinned(Blueprint blueprint) {
        return blueprint.id() + "@" + blueprint.version();
    }

    /** {@code scaffold-<base>[-<layer>...]}: blueprint ids are lower-case letters, digits and dashes, as entity names allow. */
    public static String name(Composition composition) {
        return "scaffold-" + String.join("-", composition.parts().stream().map(Blueprint::id).toList());
    }
}

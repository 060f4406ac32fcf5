package dev.scaffold.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.params.Parameter;
import dev.scaffold.render.GeneratedProject;
import dev.scaffold.render.NewProjectRequest;
import dev.scaffold.render.ProjectGenerator;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code POST /api/render}: the render {@code scaffold new} makes, through the same {@link ProjectGenerator}:
 * a zip by default, the files and the equivalent command with {@code ?dryRun=true}, or written into
 * {@code <output-root>/NAME} with {@code ?target=NAME}.
 */
final class RenderRoutes {

    private final ServeSettings settings;
    private final Optional<OutputRoot> outputRoot;
    private final Path scratch;

    /** @param scratch an empty directory that stays empty: the target of renders that write nothing */
    RenderRoutes(ServeSettings settings, Optional<OutputRoot> outputRoot, Path scratch) {
        this.settings = settings;
        this.outputRoot = outputRoot;
        this.scratch = scratch;
    }

    void render(Context ctx) {
        RenderRequest request = RenderRequest.parse(RequestBody.read(ctx, settings.maxBody()));
        Catalog catalog = settings.catalog().get();
        Lookup.requireKnown(catalog, request.references());
        String target = ctx.queryParam("target");
        if (target != null) {
            OutputRoot root = outputRoot.orElseThrow(() -> ApiError.of(400,
                    "?target needs the server started with --output-root DIR"));
            Path directory = root.target(target);
            generate(settings.catalogFor().apply(directory), request, directory, false);
            ObjectNode written = Json.MAPPER.createObjectNode().put("path", directory.toString());
            Json.send(ctx, written);
            return;
        }
        String name = projectName(catalog, request);
        GeneratedProject project = generate(settings.catalogFor().apply(settings.workingDirectory().resolve(name)),
                request, scratch.resolve(name), true);
        if ("true".equals(ctx.queryParam("dryRun"))) {
            String command = EquivalentCommand.of(request, name, project.composition().parameters(), project.answers());
            Json.send(ctx, DryRun.json(project, command));
            return;
        }
        ctx.status(200).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".zip\"")
                .result(ProjectZip.of(name, project));
    }

    private static GeneratedProject generate(Catalog catalog, RenderRequest request, Path target, boolean dryRun) {
        NewProjectRequest render = new NewProjectRequest(request.blueprint(), request.layers(), target,
                request.parameters(), Optional.empty(), dryRun);
        return new ProjectGenerator(catalog).generate(render, Optional.empty());
    }

    /**
     * The directory {@code scaffold new -o} would be given: the {@code projectName} answer, else its
     * default, else the blueprint's id (the CLI's default {@code -o}).
     */
    private String projectName(Catalog catalog, RenderRequest request) {
        String given = request.parameters().get("projectName");
        String name = given != null ? given.trim() : catalog.compose(request.blueprint(), request.layers()).parameters().stream()
                .filter(parameter -> parameter.name().equals("projectName") && parameter.hasDefault())
                .map(Parameter::defaultValue).map(String::valueOf).findFirst()
                .orElse(catalog.resolve(request.blueprint()).id());
        if (!OutputRoot.isPlainName(name)) {
            generate(catalog, request, scratch.resolve("project"), true); // the blueprint's own check speaks first
            throw ApiError.about("projectName", "projectName '" + name + "' must be one plain directory name"
                    + " (no '/', '\\', '.', '..' or drive): it names the project's directory");
        }
        return name;
    }
}

package dev.scaffold.render;

import dev.scaffold.EngineVersion;
import dev.scaffold.ScaffoldException;
import dev.scaffold.catalog.Blueprint;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.Composition;
import dev.scaffold.params.AnswerResolver;
import dev.scaffold.params.Answers;
import dev.scaffold.params.AnswersFile;
import dev.scaffold.params.Parameter;
import dev.scaffold.params.Prompter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code scaffold new}: compose the blueprints, resolve the answers, render in memory, then write the
 * project in one step (or, for a dry run, only report what would be written).
 */
public final class ProjectGenerator {

    private final Catalog catalog;
    private final Renderer renderer = new Renderer();
    private final ProjectWriter writer = new ProjectWriter();

    public ProjectGenerator(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param prompter asks for parameters not given, when input is interactive
     * @throws ScaffoldException for anything the user must fix; nothing is written then
     */
    public GeneratedProject generate(NewProjectRequest request, Optional<Prompter> prompter) {
        Composition composition = catalog.compose(request.blueprint(), request.layers());
        ProjectWriter.checkTarget(request.target());
        Map<String, ?> fromFile = request.answersFile().map(AnswersFile::read).orElse(Map.of());
        List<Parameter> parameters;
        try {
            parameters = composition.parameters();
        } catch (IllegalStateException e) {
            throw ScaffoldException.failure(e.getMessage(), e);
        }
        Answers answers = new AnswerResolver(parameters, prompter).resolve(request.parameters(), fromFile);
        List<RenderedFile> files = renderer.render(composition, answers);
        Provenance provenance = provenance(composition, answers, files);
        if (!request.dryRun()) {
            writer.write(request.target(), files, provenance);
        }
        return new GeneratedProject(request.target(), composition, answers, files, provenance, !request.dryRun());
    }

    /** The provenance of a render: what {@code scaffold upgrade} will need to reproduce it. */
    public Provenance provenance(Composition composition, Answers answers, List<RenderedFile> files) {
        List<Provenance.BlueprintRef> blueprints = composition.parts().stream()
                .map(ProjectGenerator::ref)
                .toList();
        return new Provenance(EngineVersion.get(), catalog.source(), catalog.commit().orElse(null), blueprints,
                answers.withoutSecrets(composition.parameters()),
                files.stream().map(Provenance.FileRecord::of).toList());
    }

    private static Provenance.BlueprintRef ref(Blueprint blueprint) {
        return new Provenance.BlueprintRef(blueprint.id(), blueprint.version(), blueprint.kind().id());
    }
}

package dev.scaffold.render;

import dev.scaffold.catalog.Composition;
import dev.scaffold.params.Answers;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of {@code scaffold new}.
 *
 * @param target      the project directory
 * @param composition the blueprints rendered
 * @param answers     the resolved answers
 * @param files       the rendered files, ordered by path (the provenance file not included)
 * @param provenance  what the project records about its making
 * @param written     false for a dry run
 * @param dropped     answers of a provenance given as the answers file that do not apply here, each saying why
 */
public record GeneratedProject(Path target, Composition composition, Answers answers, List<RenderedFile> files,
                               Provenance provenance, boolean written, List<String> dropped) {

    public GeneratedProject {
        dropped = List.copyOf(dropped);
    }
}

package dev.scaffold.blueprints;

import dev.scaffold.catalog.Blueprint;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.Composition;
import dev.scaffold.params.AnswerResolver;
import dev.scaffold.params.Answers;
import dev.scaffold.params.Parameter;
import dev.scaffold.render.GeneratedProject;
import dev.scaffold.render.NewProjectRequest;
import dev.scaffold.render.ProjectGenerator;
import dev.scaffold.render.ProjectWriter;
import dev.scaffold.render.RenderedFile;
import dev.scaffold.render.Renderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Renders bundled blueprints through the engine, as {@code scaffold new --no-input} does. */
final class Render {

    static final Catalog BUNDLED = Catalog.bundled();

    /** The UI host answers enterprise needs from 1.1.0 on (the UI is on by default and has no placeholder host). */
    static final Map<String, String> UI_HOST =
            Map.of("uiDomainName", "metaflow.example.com", "hostedZoneName", "example.com");

    private Render() {
    }

    static GeneratedProject project(String blueprint, List<String> layers, Map<String, String> parameters, Path target, boolean write) {
        return new ProjectGenerator(BUNDLED)
                .generate(new NewProjectRequest(blueprint, layers, target, parameters, Optional.empty(), !write), Optional.empty());
    }

    /** Renders an exact (possibly archived) version of a project blueprint into {@code target}, as 'new' did then. */
    static void projectAt(String blueprint, String version, Path target) {
        projectAt(target, blueprint, version);
    }

    /**
     * Renders exact (possibly archived) versions into {@code target}, as 'new' did then: a project
     * blueprint and its layers, given as id, version, id, version, ...
     */
    static void projectAt(Path target, String... idsAndVersions) {
        for (int i = 0; i < idsAndVersions.length; i += 2) {
            assumeBundled(idsAndVersions[i], idsAndVersions[i + 1]);
        }
        Blueprint base = BUNDLED.get(idsAndVersions[0], idsAndVersions[1]);
        List<Blueprint> layers = new ArrayList<>();
        for (int i = 2; i < idsAndVersions.length; i += 2) {
            layers.add(BUNDLED.get(idsAndVersions[i], idsAndVersions[i + 1]));
        }
        List<Blueprint> possible = new ArrayList<>(layers);
        BUNDLED.layersOf(base.id()).stream()
                .filter(layer -> layers.stream().noneMatch(included -> included.id().equals(layer.id())))
                .forEach(possible::add);
        Composition composition = new Composition(base, layers, possible);
        Answers answers = new AnswerResolver(composition.parameters(), Optional.empty())
                .resolve(requiredHostAnswers(composition), Map.of());
        List<RenderedFile> files = new Renderer().render(composition, answers);
        new ProjectWriter().write(target, files, new ProjectGenerator(BUNDLED).provenance(composition, answers, files));
    }

    /**
     * The answers {@code new --no-input} cannot do without in a version that asks for them: since
     * enterprise 1.1.0, the UI (on by default) needs its host name and public hosted zone.
     */
    static Map<String, String> requiredHostAnswers(Composition composition) {
        Map<String, String> answers = new TreeMap<>();
        composition.parameters().stream().map(Parameter::name).filter(UI_HOST::containsKey)
                .forEach(name -> answers.put(name, UI_HOST.get(name)));
        return answers;
    }

    /**
     * Skips the test when the engine was built without the git history that older versions are packed
     * from (a source tarball); CI builds with -Dscaffold.requireHistory=true, so there it never skips.
     */
    static void assumeBundled(String id, String version) {
        Assumptions.assumeTrue(BUNDLED.versions(id).contains(version) || !BUNDLED.released(id).contains(version),
                () -> id + " " + version + " is not bundled: the engine was built without the repository's git history");
    }

    /** The fully qualified names of a project's test classes ({@code src/test/java/**}{@code /*Test.java}). */
    static List<String> testClasses(Path project) {
        Path tests = project.resolve("src/test/java");
        try (Stream<Path> walk = Files.walk(tests)) {
            return walk.map(path -> tests.relativize(path).toString())
                    .filter(path -> path.endsWith("Test.java"))
                    .map(path -> path.substring(0, path.length() - ".java".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The root of this repository (the module's parent). */
    static Path repository() {
        return Path.of(System.getProperty("scaffold.repository", "..")).toAbsolutePath().normalize();
    }
}

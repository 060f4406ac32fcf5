package dev.scaffold.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.Fixtures;
import dev.scaffold.ScaffoldException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scaffold list} reads only each manifest's header (issue 14: "the catalog reads only the
 * manifests that a command needs"); a command that uses a blueprint reads it whole, and a source the
 * user names is read whole at once, so a broken manifest still fails there.
 */
class ManifestHeaderTest {

    private static final String BROKEN_BODY = """
            id: site
            version: 1.0.0
            kind: project
            include: [lib]
            description: A site
            parameters:
              - name: title
                type: string
                help: h
                default: 42 is not a pattern match
                pattern: "^[a-z]+$"
            """;

    @Test
    void aLazyCatalogListsHeadersWithoutReadingTheBody(@TempDir Path root) throws Exception {
        Catalog catalog = Catalog.lazy(Fixtures.blueprint(root, BROKEN_BODY.replace("include: [lib]\n", "")));
        assertThat(catalog.headers()).containsExactly(new BlueprintHeader("site", "1.0.0", BlueprintKind.PROJECT,
                "A site", List.of(), Optional.empty()));
        assertThatThrownBy(() -> catalog.get("site")).isInstanceOf(ScaffoldException.class)
                .hasMessageContaining("blueprint.yaml is invalid").hasMessageContaining("title");
    }

    @Test
    void aNamedSourceIsReadWholeAtOnce(@TempDir Path root) {
        Path source = Fixtures.blueprint(root, BROKEN_BODY.replace("include: [lib]\n", ""));
        assertThatThrownBy(() -> Catalog.fromDirectory(source)).isInstanceOf(ScaffoldException.class)
                .hasMessageContaining("blueprint.yaml is invalid");
    }

    @Test
    void readsALayersHeaderAndTheSameHeaderAsTheWholeManifest() throws Exception {
        Catalog lazy = Catalog.lazy(Fixtures.directory());
        assertThat(lazy.headers()).extracting(BlueprintHeader::id).containsExactly("demo", "extra");
        assertThat(lazy.headers().get(1).layerOf()).containsExactly("demo");
        assertThat(lazy.headers()).isEqualTo(Fixtures.catalog().list().stream().map(BlueprintHeader::of).toList());
    }

    @Test
    void aHeaderKeyAfterTheBodyIsAManifestError(@TempDir Path root) {
        Path missing = Fixtures.blueprint(root.resolve("a"), """
                id: site
                version: 1.0.0
                kind: project
                parameters: []
                description: A site
                """);
        assertThatThrownBy(() -> Catalog.fromDirectory(missing)).isInstanceOf(ScaffoldException.class)
                .hasMessageEndingWith("is invalid: 'description' is required before 'parameters'");
        Path source = Fixtures.blueprint(root.resolve("b"), """
                id: site
                version: 1.0.0
                kind: layer
                description: A layer
                layerOf: [demo]
                rules: []
                defaultBase: demo
                """);
        assertThatThrownBy(() -> Catalog.fromDirectory(source)).isInstanceOf(ScaffoldException.class)
                .hasMessageEndingWith("is invalid: put id, version, kind, layerOf, defaultBase and description before"
                        + " derived, files, idleCost, parameters, rules");
    }

    @Test
    void aHeaderThatIsNotAMappingOrHasAWrongShapeIsAManifestError(@TempDir Path root) {
        assertThatThrownBy(() -> Catalog.lazy(Fixtures.blueprint(root.resolve("a"), "- just a list\n")))
                .hasMessageEndingWith("is invalid: it is not a YAML mapping");
        assertThatThrownBy(() -> Catalog.lazy(Fixtures.blueprint(root.resolve("b"),
                "id: x\nversion: 1.0.0\nkind: layer\nlayerOf: demo\ndescription: d\n")))
                .hasMessageEndingWith("is invalid: 'layerOf' must be a list of blueprint ids");
        assertThatThrownBy(() -> Catalog.lazy(Fixtures.blueprint(root.resolve("c"),
                "id: x\nversion: 1.0\nkind: project\ndescription: d\n")))
                .hasMessageEndingWith("is invalid: version '1.0' is not a semantic version");
    }
}

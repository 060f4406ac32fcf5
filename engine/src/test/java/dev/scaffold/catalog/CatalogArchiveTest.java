package dev.scaffold.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.ExitCodes;
import dev.scaffold.ScaffoldException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Released older versions under {@code .archive/<id>/<version>/}, and the release list. */
class CatalogArchiveTest {

    @TempDir
    Path root;

    private void blueprint(Path directory, String version) throws Exception {
        Files.createDirectories(directory.resolve("template"));
        Files.writeString(directory.resolve("blueprint.yaml"),
                "id: app\nversion: " + version + "\nkind: project\ndescription: App " + version + ".\n");
        Files.writeString(directory.resolve("template/README.md"), version + "\n");
    }

    @Test
    void findsCurrentAndArchivedVersionsAndListsOnlyTheCurrent() throws Exception {
        blueprint(root.resolve("app"), "2.0.0");
        blueprint(root.resolve(".archive/app/1.0.0"), "1.0.0");
        Catalog catalog = Catalog.fromDirectory(root);

        assertThat(catalog.list()).extracting(Blueprint::version).containsExactly("2.0.0");
        assertThat(catalog.get("app", "2.0.0")).isSameAs(catalog.get("app"));
        assertThat(catalog.get("app", "1.0.0").templateRoot()).isEqualTo(root.resolve(".archive/app/1.0.0/template"));
        assertThat(catalog.versions("app")).containsExactly("1.0.0", "2.0.0");
        assertThatThrownBy(() -> catalog.get("app", "1.5.0")).hasMessage("unknown version 1.5.0 of blueprint 'app' (available: 1.0.0, 2.0.0)");
        assertThatThrownBy(() -> catalog.get("app", "../app")).hasMessageStartingWith("unknown version ../app");
    }

    @Test
    void refusesAnArchivedCopyThatDeclaresAnotherVersion() throws Exception {
        blueprint(root.resolve("app"), "2.0.0");
        blueprint(root.resolve(".archive/app/1.0.0"), "1.0.1");
        assertThatThrownBy(() -> Catalog.fromDirectory(root).get("app", "1.0.0")).hasMessageContaining("declares app 1.0.1");
    }

    @Test
    void resolvesIdAtVersionAndOrdersVersionsSemantically() throws Exception {
        blueprint(root.resolve("app"), "1.10.0");
        blueprint(root.resolve(".archive/app/1.9.0"), "1.9.0");
        blueprint(root.resolve(".archive/app/1.2.0"), "1.2.0");
        Catalog catalog = Catalog.fromDirectory(root);

        assertThat(catalog.versions("app")).containsExactly("1.2.0", "1.9.0", "1.10.0");
        assertThat(java.util.stream.Stream.of("2.0.0", "2.0.0-rc.10", "2.0.0-beta", "2.0.0-rc.2", "1.0.0", "2.0.0-rc")
                .sorted(Archive.VERSION_ORDER).toList())
                .containsExactly("1.0.0", "2.0.0-beta", "2.0.0-rc", "2.0.0-rc.2", "2.0.0-rc.10", "2.0.0");
        assertThat(catalog.resolve("app@1.9.0").version()).isEqualTo("1.9.0");
        assertThat(catalog.resolve("app")).isSameAs(catalog.get("app"));
        assertThatThrownBy(() -> catalog.resolve("app@2.0.0"))
                .hasMessage("unknown version 2.0.0 of blueprint 'app' (available: 1.2.0, 1.9.0, 1.10.0)");
    }

    @Test
    void aReleasedVersionTheCatalogDoesNotHoldSaysWhy() throws Exception {
        blueprint(root.resolve("app"), "2.0.0");
        Files.writeString(root.resolve(Releases.FILE), "# released\napp 1.0.0\napp 2.0.0\n");

        assertThat(Catalog.fromDirectory(root).released("app")).containsExactly("1.0.0", "2.0.0");
        assertThatThrownBy(() -> Catalog.fromDirectory(root, "bundled").get("app", "1.0.0"))
                .isInstanceOfSatisfying(ScaffoldException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.FAILURE))
                .hasMessage("app 1.0.0 is a released version, but this engine does not bundle it: it was built without the"
                        + " repository's git history (a source tarball or a shallow clone); build the engine from a full git clone");
        assertThatThrownBy(() -> Catalog.fromDirectory(root, "/srv/bp").get("app", "1.0.0"))
                .hasMessage("app 1.0.0 is a released version, but /srv/bp does not hold it under .archive/");
    }

    @Test
    void aMalformedReleaseListNamesTheLine() throws Exception {
        blueprint(root.resolve("app"), "2.0.0");
        Files.writeString(root.resolve(Releases.FILE), "app 1.0.0\napp\n");
        assertThatThrownBy(() -> Catalog.fromDirectory(root)).hasMessageEndingWith("RELEASES:2: expected 'id version', got 'app'");
    }
}

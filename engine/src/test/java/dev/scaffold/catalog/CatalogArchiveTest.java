package dev.scaffold.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Released older versions under {@code .archive/<id>/<version>/}. */
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
}

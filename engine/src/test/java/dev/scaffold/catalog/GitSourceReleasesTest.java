package dev.scaffold.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.release.HistoryFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A git source (a fork of scaffold) holds the released versions its RELEASES lists, packed from its history. */
class GitSourceReleasesTest {

    @TempDir
    Path work;

    @Test
    void aGitSourceHoldsItsReleasedVersions() throws Exception {
        HistoryFixture.create(work.resolve("fork"));
        Catalog catalog = BlueprintSource.open(work.resolve("fork").toUri() + "#main");

        assertThat(catalog.versions("tiny")).containsExactly("1.0.0", "2.0.0", "3.0.0");
        assertThat(catalog.get("tiny", "1.0.0").templateRoot().resolve("README.md")).content().contains("One.");
    }
}

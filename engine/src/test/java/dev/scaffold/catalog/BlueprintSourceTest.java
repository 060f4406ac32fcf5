package dev.scaffold.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.Fixtures;
import dev.scaffold.render.NewProjectRequest;
import dev.scaffold.render.ProjectGenerator;
import dev.scaffold.render.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blueprints from an organisation's own git repository, at a branch, tag or commit. */
class BlueprintSourceTest {

    @TempDir
    Path work;

    private String repository;
    private Path repo;

    @BeforeEach
    void publishTheFixturesInARepository() throws Exception {
        repo = work.resolve("blueprints");
        copy(Fixtures.directory(), repo);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("demo 1.2.0").setAuthor("Org", "org@example.com").setCommitter("Org", "org@example.com")
                    .setSign(false).call();
            git.tag().setName("v1").call();
            Path manifest = repo.resolve("demo/blueprint.yaml");
            Files.writeString(manifest, Files.readString(manifest).replace("version: 1.2.0", "version: 1.3.0"));
            git.commit().setAll(true).setMessage("demo 1.3.0").setAuthor("Org", "org@example.com")
                    .setCommitter("Org", "org@example.com").setSign(false).call();
        }
        repository = repo.toUri().toString();
    }

    @Test
    void tellsRepositoriesFromDirectories() {
        assertThat(BlueprintSource.isGit("https://git.example.com/ml/blueprints.git#v2")).isTrue();
        assertThat(BlueprintSource.isGit("git@github.com:acme/blueprints.git")).isTrue();
        assertThat(BlueprintSource.isGit("file:///srv/blueprints#main")).isTrue();
        assertThat(BlueprintSource.isGit("../my-blueprints")).isFalse();
        assertThat(BlueprintSource.isGit("/srv/blueprints")).isFalse();
    }

    @Test
    void readsTheDefaultBranchOrTheRefGiven() {
        assertThat(BlueprintSource.open(repository).get("demo").version()).isEqualTo("1.3.0");
        assertThat(BlueprintSource.open(repository + "#v1").get("demo").version()).isEqualTo("1.2.0");
        assertThat(BlueprintSource.open(repository + "#main").get("demo").version()).isEqualTo("1.3.0");
    }

    @Test
    void readsTheBlueprintsFolderOfAForkOfScaffold() throws Exception {
        Path fork = work.resolve("fork");
        copy(Fixtures.directory(), fork.resolve("blueprints"));
        Files.writeString(fork.resolve("README.md"), "our fork\n");
        try (Git git = Git.init().setDirectory(fork.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("fork").setAuthor("Org", "org@example.com").setCommitter("Org", "org@example.com")
                    .setSign(false).call();
        }
        assertThat(BlueprintSource.open(fork.toUri() + "#main").list()).extracting(Blueprint::id).containsExactly("demo", "extra");
    }

    @Test
    void recordsTheRepositoryAndRefNotTheClone() {
        Catalog catalog = BlueprintSource.open(repository + "#v1");
        Path project = work.resolve("project");
        new ProjectGenerator(catalog).generate(new NewProjectRequest("demo", List.of(), project, Map.of(), Optional.empty(), false),
                Optional.empty());
        assertThat(Provenance.read(project).source()).isEqualTo(repository + "#v1");
        assertThat(Provenance.read(project).commit()).isEqualTo(catalog.commit().orElseThrow()).matches("[0-9a-f]{40}");
    }

    @Test
    void aLocalRepositoryIsReadFromGitWhenCleanOrAtARefAndAsItIsWithUncommittedChanges() throws Exception {
        Catalog clean = BlueprintSource.of("blueprints", work).catalog();
        assertThat(clean.commit()).isPresent();
        assertThat(BlueprintSource.of("blueprints#v1", work).catalog().get("demo").version()).isEqualTo("1.2.0");
        Path manifest = repo.resolve("demo/blueprint.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("version: 1.3.0", "version: 1.4.0"));
        Catalog dirty = BlueprintSource.of("blueprints", work).catalog();
        assertThat(dirty.commit()).isEmpty();
        assertThat(dirty.get("demo").version()).isEqualTo("1.4.0");
        assertThat(BlueprintSource.of("blueprints#main", work).catalog().get("demo").version()).isEqualTo("1.3.0");
    }

    @Test
    void aPlainDirectoryHasNoCommitAndNoRefs() {
        assertThat(BlueprintSource.of(Fixtures.directory().toString(), work).catalog().commit()).isEmpty();
        assertThatThrownBy(() -> BlueprintSource.of("plain#v1", Fixtures.directory().getParent()))
                .hasMessage("blueprint source " + Fixtures.directory().getParent().resolve("plain") + " is not a git repository,"
                        + " so it has no ref 'v1'");
    }

    @Test
    void failsOnAnUnknownRefOrRepositoryInOneLine() {
        assertThatThrownBy(() -> BlueprintSource.open(repository + "#v9"))
                .hasMessage("blueprint repository " + repository + " has no branch, tag or commit 'v9'");
        assertThatThrownBy(() -> BlueprintSource.open(work.resolve("nowhere").toUri() + "#main"))
                .hasMessageStartingWith("cannot clone blueprint repository ");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}

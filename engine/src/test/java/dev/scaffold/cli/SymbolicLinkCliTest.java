package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.ExitCodes;
import dev.scaffold.Fixtures;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A blueprint from an untrusted fork must not read files outside itself through symbolic links: not a
 * template, not a linked directory, not its manifest, not an include; from a directory or from a git
 * repository. Links that stay inside the blueprint are followed, linked directories expanded.
 */
class SymbolicLinkCliTest {

    private static final String MANIFEST = """
            id: bp
            version: 1.0.0
            kind: project
            description: links
            """;

    @TempDir
    Path work;

    private Path credentials;
    private Path source;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void aCredentialsFileOutsideTheBlueprint() throws Exception {
        credentials = work.resolve("home/.aws/credentials");
        Files.createDirectories(credentials.getParent());
        Files.writeString(credentials, "aws_secret_access_key = hunter2\n");
        source = Fixtures.blueprint(work.resolve("source"), MANIFEST, "README.md", "hello\n");
    }

    private int scaffoldNew(String source, Path target) {
        CommandLine cli = ScaffoldCli.create(new CliEnvironment(Fixtures::catalog, new BufferedReader(new StringReader("")), false));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute("new", "--source", source, "-b", "bp", "-o", target.toString(), "--no-input");
    }

    private Path template(String path) {
        return source.resolve("bp/template").resolve(path);
    }

    private void assertRefused(String source, String message) {
        Path target = work.resolve("project");
        assertThat(scaffoldNew(source, target)).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).startsWith("error: " + message).doesNotContain("hunter2");
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(target).doesNotExist();
    }

    @Test
    void refusesATemplateLinkedToAFileOutsideTheBlueprint() throws Exception {
        Files.createSymbolicLink(template("config.txt"), credentials);
        assertRefused(source.toString(), "template bp:config.txt is a symbolic link to " + credentials.toRealPath()
                + ", outside its blueprint's directory " + source.resolve("bp") + ": refusing to read it");
    }

    @Test
    void refusesARelativeLinkThatClimbsOut() throws Exception {
        Files.createDirectories(template("conf"));
        Files.createSymbolicLink(template("conf/aws"), Path.of("../../../../home/.aws/credentials"));
        assertRefused(source.toString(), "template bp:conf/aws is a symbolic link to ../../../../home/.aws/credentials ("
                + credentials.toRealPath() + "), outside its blueprint's directory");
    }

    @Test
    void refusesALinkedDirectoryOutsideTheBlueprint() throws Exception {
        Files.createSymbolicLink(template("aws"), credentials.getParent());
        assertRefused(source.toString(), "template bp:aws is a symbolic link to " + credentials.getParent().toRealPath() + ", outside");
    }

    @Test
    void refusesALinkToNothingAndALoop() throws Exception {
        Files.createSymbolicLink(template("gone.txt"), Path.of("missing.txt"));
        assertRefused(source.toString(), "template bp:gone.txt is a symbolic link to missing.txt, which does not exist");
        Files.delete(template("gone.txt"));
        err.getBuffer().setLength(0);
        Files.createDirectories(template("a"));
        Files.createSymbolicLink(template("a/again"), Path.of(".."));
        assertRefused(source.toString(), "template bp:a/again is a symbolic link to " + template("").toRealPath()
                + ", a directory it is already inside: refusing to loop");
    }

    private Path outside() throws Exception {
        Path outside = work.resolve("outside");
        Files.createDirectories(outside.resolve("template"));
        Files.writeString(outside.resolve("blueprint.yaml"), MANIFEST);
        return outside;
    }

    @Test
    void refusesALinkedTemplateDirectory() throws Exception {
        Path outside = outside();
        Files.move(template(""), work.resolve("moved"));
        Files.createSymbolicLink(template(""), outside.resolve("template"));
        assertRefused(source.toString(), "template directory of bp is a symbolic link to " + outside.resolve("template").toRealPath()
                + ", outside directory " + source.resolve("bp"));
    }

    @Test
    void refusesALinkedManifest() throws Exception {
        Path outside = outside();
        Files.delete(source.resolve("bp/blueprint.yaml"));
        Files.createSymbolicLink(source.resolve("bp/blueprint.yaml"), outside.resolve("blueprint.yaml"));
        assertRefused(source.toString(), "manifest " + source.resolve("bp/blueprint.yaml") + " is a symbolic link to "
                + outside.resolve("blueprint.yaml").toRealPath() + ", outside its blueprint's directory");
    }

    @Test
    void refusesALinkedInclude() throws Exception {
        Path outside = outside();
        Files.createSymbolicLink(source.resolve("linked"), outside);
        Files.writeString(source.resolve("bp/blueprint.yaml"), MANIFEST + "include: [linked]\n");
        assertRefused(source.toString(), "include 'linked' is a symbolic link to " + outside.toRealPath()
                + ", outside blueprint source " + source);
    }

    @Test
    void refusesALinkedBlueprintDirectory() throws Exception {
        Path elsewhere = Fixtures.blueprint(work.resolve("elsewhere"), MANIFEST.replace("id: bp", "id: other"), "x", "y");
        Files.createSymbolicLink(source.resolve("other"), elsewhere.resolve("bp"));
        assertRefused(source.toString(), "blueprint directory " + source.resolve("other") + " is a symbolic link to");
    }

    @Test
    void refusesALinkCommittedInAGitRepository() throws Exception {
        Files.createSymbolicLink(template("config.txt"), credentials);
        try (Git git = Git.init().setDirectory(source.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("a fork").setAuthor("Fork", "f@example.com").setCommitter("Fork", "f@example.com")
                    .setSign(false).call();
        }
        assertRefused(source.toUri() + "#main", "template bp:config.txt is a symbolic link to " + credentials.toRealPath()
                + ", outside its blueprint's directory ");
        err.getBuffer().setLength(0);
        assertRefused(source.toUri().toString(), "template bp:config.txt is a symbolic link to " + credentials.toRealPath());
    }

    @Test
    void followsLinksInsideTheBlueprintAndExpandsLinkedDirectories() throws Exception {
        Files.createDirectories(template("docs"));
        Files.writeString(template("docs/guide.md"), "guide\n");
        Files.createSymbolicLink(template("GUIDE.md"), Path.of("docs/guide.md"));
        Files.createSymbolicLink(template("manual"), Path.of("docs"));
        Files.createDirectories(source.resolve("bp/shared"));
        Files.writeString(source.resolve("bp/shared/NOTICE"), "notice\n");
        Files.createSymbolicLink(template("shared"), Path.of("../shared"));
        Path target = work.resolve("project");
        assertThat(scaffoldNew(source.toString(), target)).as(err.toString()).isZero();
        assertThat(target.resolve("GUIDE.md")).isRegularFile().hasContent("guide");
        assertThat(target.resolve("manual/guide.md")).isRegularFile().hasContent("guide");
        assertThat(target.resolve("docs/guide.md")).isRegularFile();
        assertThat(target.resolve("shared/NOTICE")).isRegularFile().hasContent("notice");
        assertThat(Files.isSymbolicLink(target.resolve("manual"))).isFalse();
    }
}

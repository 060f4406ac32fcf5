package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.ExitCodes;
import dev.scaffold.render.Provenance;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A relative {@code --source} is recorded relative to the project, so {@code cd project && scaffold upgrade} finds it. */
class RelativeSourceCliTest {

    @TempDir
    Path work;

    @Test
    void aRelativeDirectoryUpgradesFromInsideTheProject() throws Exception {
        ForkRepository cli = new ForkRepository(work.resolve("unused"));
        Path blueprints = work.resolve("org/blueprints");
        Files.createDirectories(blueprints.resolve("tiny/template"));
        Files.writeString(blueprints.resolve("tiny/blueprint.yaml"), ForkRepository.manifest("1.0.0"));
        Files.writeString(blueprints.resolve("tiny/template/README.md"), ForkRepository.README[0]);
        assertThat(cli.run(work.resolve("org"), "new", "--source", "blueprints", "-b", "tiny", "-o", "../projects/p", "--no-input"))
                .as(cli.err.toString()).isZero();
        Path project = work.resolve("projects/p");
        assertThat(Provenance.read(project).source()).isEqualTo("../../org/blueprints");
        assertThat(Provenance.read(project).commit()).isNull();
        assertThat(Files.readString(project.resolve(dev.scaffold.render.Provenance.FILE))).doesNotContain("\"commit\"");
        ForkRepository.commit(project, "render");

        Files.move(blueprints.resolve("tiny"), work.resolve("tiny-1.0.0"));
        Files.createDirectories(blueprints.resolve(".archive/tiny"));
        Files.move(work.resolve("tiny-1.0.0"), blueprints.resolve(".archive/tiny/1.0.0"));
        Files.createDirectories(blueprints.resolve("tiny/template"));
        Files.writeString(blueprints.resolve("tiny/blueprint.yaml"), ForkRepository.manifest("2.0.0"));
        Files.writeString(blueprints.resolve("tiny/template/README.md"), ForkRepository.README[1]);

        assertThat(cli.run(project, "upgrade")).as(cli.err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out.toString()).contains("tiny 1.0.0 -> tiny 2.0.0");
        assertThat(Provenance.read(project).source()).isEqualTo("../../org/blueprints");
    }

    @Test
    void aRelativeGitRepositoryPathUpgradesFromInsideTheProject() throws Exception {
        ForkRepository fork = new ForkRepository(work.resolve("blueprints"));
        assertThat(fork.run(work, "new", "--source", "blueprints#v1", "-b", "tiny", "-o", "projects/p", "--no-input"))
                .as(fork.err.toString()).isZero();
        Path project = work.resolve("projects/p");
        assertThat(Provenance.read(project).source()).isEqualTo("../../blueprints#v1");
        assertThat(Provenance.read(project).commit()).isEqualTo(fork.commits.get("v1"));
        ForkRepository.commit(project, "render");
        Files.writeString(project.resolve("README.md"), "# tiny (ours)\n\nOne.\n");
        ForkRepository.commit(project, "edit");

        assertThat(fork.run(project, "upgrade", "--source", "../../blueprints#v2")).as(fork.out.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Provenance.read(project).source()).isEqualTo("../../blueprints#v2");
        ForkRepository.commit(project, "upgrade to v2");
        assertThat(fork.run(project, "upgrade")).as(fork.out.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(project.resolve("README.md"))).isEqualTo("# tiny (ours)\n\nOne.\n\nTwo.\n\nThree.\n");
        assertThat(Provenance.read(project).source()).isEqualTo("../../blueprints");
        assertThat(Provenance.read(project).commit()).isEqualTo(fork.commits.get("v3"));
    }

    @Test
    void anAbsoluteSourceIsRecordedAsGiven() throws Exception {
        ForkRepository fork = new ForkRepository(work.resolve("blueprints"));
        String absolute = fork.directory.toString();
        assertThat(fork.run(work.resolve("elsewhere"), "new", "--source", absolute + "#v2", "-b", "tiny", "-o", "../p", "--no-input"))
                .as(fork.err.toString()).isZero();
        assertThat(Provenance.read(work.resolve("p")).source()).isEqualTo(absolute + "#v2");
    }
}

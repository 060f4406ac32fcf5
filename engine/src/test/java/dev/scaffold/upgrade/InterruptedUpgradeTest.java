package dev.scaffold.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.Fixtures;
import dev.scaffold.cli.ScaffoldCli;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An upgrade whose JVM is killed half-way through its writes leaves a journal from which the next scaffold
 * command (or {@code scaffold upgrade --recover}) restores the project byte for byte: contents, executable
 * bits, deleted and created files, the git index.
 */
class InterruptedUpgradeTest {

    /** A first write, one in the middle, and (-1) the last one, before the git index and the journal's removal. */
    @ParameterizedTest
    @ValueSource(ints = {1, 9, -1})
    void aKilledUpgradeIsRestoredExactlyByTheNextCommand(int haltAfter, @TempDir Path work) throws Exception {
        Scenario scenario = new Scenario(work).generate().userEdits();
        Map<String, String> before = scenario.snapshot();
        Map<String, String> index = index(scenario.project);
        int writes = plan(scenario).changes().size() + 1;
        assertThat(writes).as("enough writes to halt in the middle of").isGreaterThan(9);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HaltingUpgrade.class.getName(),
                scenario.project.toString(), scenario.catalog.toString(), String.valueOf(haltAfter < 0 ? writes : haltAfter),
                "package=org.acme.shop")
                .redirectErrorStream(true).redirectOutput(work.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(work.resolve("child.log"))).isEqualTo(HaltingUpgrade.HALTED);
        assertThat(scenario.project.resolve(Journal.DIRECTORY + "/journal.json")).isRegularFile();
        assertThat(scenario.snapshot()).as("the halted upgrade changed the project").isNotEqualTo(before);

        StringWriter err = new StringWriter();
        String[] next = haltAfter == 1 ? new String[] {"diff", scenario.project.toString()}
                : new String[] {"upgrade", "--recover", scenario.project.toString()};
        assertThat(cli(err, next)).isZero();
        assertThat(err.toString()).startsWith("note: " + scenario.project + " had an interrupted upgrade: restored as it was");

        assertThat(scenario.snapshot()).isEqualTo(before);
        assertThat(scenario.project.resolve(Journal.DIRECTORY)).doesNotExist();
        assertThat(index(scenario.project)).isEqualTo(index);
        try (Git git = Git.open(scenario.project.toFile())) {
            assertThat(git.status().call().isClean()).isTrue();
        }
        assertThat(plan(scenario, UpgradeRequest.Mode.APPLY).applied()).as("the upgrade can run again").isTrue();
    }

    @Test
    void aFailureAfterTheConflictStagesWereWrittenRestoresTheGitIndexToo(@TempDir Path work) throws Exception {
        Scenario scenario = new Scenario(work).generate().userEdits();
        Map<String, String> before = scenario.snapshot();
        Map<String, String> index = index(scenario.project);
        UpgradePlan plan = plan(scenario);
        assertThat(plan.stages()).isNotEmpty();
        List<FileChange> changes = new ArrayList<>(plan.changes());
        try (GitRepository git = GitRepository.open(scenario.project).orElseThrow()) {
            assertThatThrownBy(() -> new Transaction(scenario.project, FileOps.DISK).apply(changes, Optional.of(git.indexFile()), () -> {
                git.writeConflictStages(plan.stages());
                assertThat(index(scenario.project)).isNotEqualTo(index);
                throw new IOException("disk full");
            })).hasMessageEndingWith("(disk full); the project was left as it was");
        }
        assertThat(scenario.snapshot()).isEqualTo(before);
        assertThat(index(scenario.project)).isEqualTo(index);
        assertThat(scenario.project.resolve(Journal.DIRECTORY)).doesNotExist();
    }

    @Test
    void neverUndoesAnUpgradeThatIsStillRunning(@TempDir Path work) throws Exception {
        Scenario scenario = new Scenario(work).generate();
        Path journal = scenario.project.resolve(Journal.DIRECTORY);
        Files.createDirectories(journal);
        Process running = new ProcessBuilder("sleep", "60").start();
        try {
            Files.writeString(journal.resolve("owner"), JournalOwner.describe(running.toHandle()));
            assertThatThrownBy(() -> Journal.recover(scenario.project))
                    .hasMessage("an upgrade of this project is running (process " + running.pid() + "); wait for it to end");
            assertThat(journal).isDirectory();
        } finally {
            running.destroy();
            running.waitFor();
        }
        assertThat(Journal.recover(scenario.project)).contains(0);
        assertThat(journal).doesNotExist();
    }

    private static UpgradePlan plan(Scenario scenario) {
        return plan(scenario, UpgradeRequest.Mode.DRY_RUN);
    }

    private static UpgradePlan plan(Scenario scenario, UpgradeRequest.Mode mode) {
        UpgradeRequest request = new UpgradeRequest(scenario.project, Optional.empty(), Map.of("package", "org.acme.shop"), mode,
                ConflictStyle.INLINE, false, Optional.of(scenario.catalog.toString()));
        return new Upgrader(() -> dev.scaffold.catalog.Catalog.fromDirectory(scenario.catalog)).run(request, Optional.empty());
    }

    private static int cli(StringWriter err, String... args) {
        CommandLine cli = ScaffoldCli.create(new dev.scaffold.cli.CliEnvironment(Fixtures::catalog,
                new BufferedReader(new StringReader("")), false));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** Every index entry: path and stage, to its blob and mode. */
    private static Map<String, String> index(Path project) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        DirCache cache = DirCache.read(project.resolve(".git/index").toFile(), org.eclipse.jgit.util.FS.DETECTED);
        for (int i = 0; i < cache.getEntryCount(); i++) {
            DirCacheEntry entry = cache.getEntry(i);
            entries.put(entry.getPathString() + "#" + entry.getStage(), entry.getObjectId().name() + " " + entry.getFileMode());
        }
        return entries;
    }
}

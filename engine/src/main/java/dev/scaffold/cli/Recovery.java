package dev.scaffold.cli;

import dev.scaffold.upgrade.Journal;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Before a command reads a project: restores it from an upgrade that was killed half-way, and says so on stderr. */
final class Recovery {

    private Recovery() {
    }

    /** @return whether there was an interrupted upgrade to recover from */
    static boolean run(Path project, PrintWriter err) {
        Optional<Integer> restored = Journal.recover(project.toAbsolutePath().normalize());
        restored.ifPresent(count -> {
            err.printf("note: %s had an interrupted upgrade: restored as it was before it (%d %s put back), journal removed%n",
                    project, count, count == 1 ? "file" : "files");
            err.flush();
        });
        return restored.isPresent();
    }
}

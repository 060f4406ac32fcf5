package dev.scaffold.upgrade;

import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The process that wrote a {@link Journal}, so that recovery never undoes an upgrade that is still running
 * (a {@code scaffold diff} in another terminal, say).
 */
final class JournalOwner {

    private JournalOwner() {
    }

    static void write(Path file) throws IOException {
        Files.writeString(file, describe(ProcessHandle.current()));
    }

    /** The process that writes the journal, as its pid and start time (so a reused pid is not taken for it). */
    static String describe(ProcessHandle process) {
        return process.pid() + " " + process.info().startInstant().map(Object::toString).orElse("?");
    }

    /** Refuses to undo the upgrade of another process that is still running (this one's own is fine: a rollback). */
    static void requireGone(Path file) {
        String owner;
        try {
            owner = Files.readString(file).trim();
        } catch (IOException e) {
            return;
        }
        String[] parts = owner.split(" ", 2);
        if (!parts[0].matches("[0-9]{1,19}") || ProcessHandle.current().pid() == Long.parseLong(parts[0])) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(parts[0])).filter(ProcessHandle::isAlive);
        if (process.isPresent() && describe(process.get()).equals(owner)) {
            throw ScaffoldException.failure("an upgrade of this project is running (process " + parts[0] + "); wait for it to end", null);
        }
    }
}

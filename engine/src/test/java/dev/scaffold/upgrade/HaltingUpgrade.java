package dev.scaffold.upgrade;

import dev.scaffold.catalog.Catalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Run in a JVM of its own by {@link InterruptedUpgradeTest}: an upgrade whose process is killed
 * ({@link Runtime#halt}: no finally, no shutdown hook) right after its Nth write in the project.
 * Arguments: PROJECT CATALOG N [NAME=VALUE...].
 */
public final class HaltingUpgrade {

    /** The exit code of the halted process. */
    static final int HALTED = 137;

    private HaltingUpgrade() {
    }

    public static void main(String[] args) {
        Path project = Path.of(args[0]);
        Path catalog = Path.of(args[1]);
        int haltAfter = Integer.parseInt(args[2]);
        Map<String, String> parameters = new HashMap<>();
        for (int i = 3; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            parameters.put(pair[0], pair[1]);
        }
        FileOps halting = new FileOps() {
            private int writes;

            @Override
            public void replace(Path source, Path target) throws IOException {
                FileOps.super.replace(source, target);
                counted();
            }

            @Override
            public void delete(Path file) throws IOException {
                FileOps.super.delete(file);
                counted();
            }

            private void counted() {
                if (++writes == haltAfter) {
                    Runtime.getRuntime().halt(HALTED);
                }
            }
        };
        UpgradeRequest request = new UpgradeRequest(project, Optional.empty(), parameters, UpgradeRequest.Mode.APPLY,
                ConflictStyle.INLINE, false, Optional.of(catalog.toString()));
        new Upgrader(() -> Catalog.fromDirectory(catalog), halting).run(request, Optional.empty());
        System.exit(0);
    }
}

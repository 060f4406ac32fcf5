package dev.scaffold.upgrade;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scaffold.render.Provenance;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything an upgrade does, computed before anything is written: each file's outcome, the writes and
 * deletes, the index stages of the conflicts, and the provenance recorded afterwards.
 *
 * @param project  the project directory
 * @param recorded the provenance before the upgrade
 * @param next     the provenance after it: the new versions, the answers without secrets, and per file
 *                 what the blueprint rendered (see {@link Upgrader} for why)
 * @param files    each file's outcome, ordered by path
 * @param changes  the writes and deletes in the project (the provenance not included)
 * @param stages   the conflicts to record in the git index
 * @param drift    the managed files the user changed since the last render
 * @param degraded why the old version could not be rendered, when it could not
 * @param dropped  the recorded answers dropped because their parameter no longer applies, each saying why
 * @param applied  whether the plan was written to the project
 */
public record UpgradePlan(Path project, Provenance recorded, Provenance next, List<FileOutcome> files,
                          List<FileChange> changes, List<ConflictStages> stages, List<Drift> drift,
                          Optional<String> degraded, List<String> dropped, boolean applied) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public UpgradePlan {
        files = List.copyOf(files);
        changes = List.copyOf(changes);
        stages = List.copyOf(stages);
        drift = List.copyOf(drift);
        dropped = List.copyOf(dropped);
    }

    /** Same versions, same answers, and nothing to write. */
    public boolean upToDate() {
        return recorded.blueprints().equals(next.blueprints()) && changes.isEmpty()
                && JSON.valueToTree(recorded.answers()).toString().equals(JSON.valueToTree(next.answers()).toString());
    }

    /** The files left with conflicts. */
    public List<FileOutcome> conflicts() {
        return files.stream().filter(file -> file.outcome().conflict()).toList();
    }

    UpgradePlan asApplied() {
        return new UpgradePlan(project, recorded, next, files, changes, stages, drift, degraded, dropped, true);
    }
}

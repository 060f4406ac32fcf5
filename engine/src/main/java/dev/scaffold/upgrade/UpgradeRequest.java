package dev.scaffold.upgrade;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code scaffold upgrade} was asked to do.
 *
 * @param project       the project directory (holding {@code .scaffold/provenance.json})
 * @param toVersion     the project blueprint's target version; empty for the newest one available
 * @param parameters    {@code -P name=value} changes to the recorded answers, and secrets, as text
 * @param mode          apply, dry run or check
 * @param conflictStyle markers (and index stages) or {@code .rej} files
 * @param allowNonGit   upgrade a project that is not in a git repository (no dirty check, no index stages)
 * @param source        a blueprint directory or git repository ({@code REPOSITORY[#REF]}) to read the new version
 *                      from instead of the one the provenance records; a relative path is relative to the project
 * @param addLayers     layers to add to the project ({@code scaffold add}); the recorded versions stay as they are
 */
public record UpgradeRequest(Path project, Optional<String> toVersion, Map<String, String> parameters, Mode mode,
                             ConflictStyle conflictStyle, boolean allowNonGit, Optional<String> source,
                             List<String> addLayers) {

    public UpgradeRequest {
        parameters = Map.copyOf(parameters);
        addLayers = List.copyOf(addLayers);
        if (!addLayers.isEmpty() && toVersion.isPresent()) {
            throw new IllegalArgumentException("adding layers keeps the recorded versions; it takes no target version");
        }
    }

    /** An upgrade that adds no layers. */
    public UpgradeRequest(Path project, Optional<String> toVersion, Map<String, String> parameters, Mode mode,
                          ConflictStyle conflictStyle, boolean allowNonGit, Optional<String> source) {
        this(project, toVersion, parameters, mode, conflictStyle, allowNonGit, source, List.of());
    }

    /** Whether the plan is written, only reported, or only classified for CI. */
    public enum Mode {
        APPLY,
        DRY_RUN,
        CHECK;

        public boolean writes() {
            return this == APPLY;
        }
    }
}

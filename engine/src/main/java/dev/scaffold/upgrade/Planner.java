package dev.scaffold.upgrade;

import dev.scaffold.ScaffoldException;
import dev.scaffold.render.Provenance;
import dev.scaffold.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Pairs the old render, the project and the new render file by file, and runs each through the
 * {@link DecisionTable}. Files pair by their source (blueprint and template), not by path, so a path
 * that an answer drives (the Java package directory) is a move: yours is read at the old path, merged,
 * written at the new one, and the old one deleted. A write that a file or directory of the project is in
 * the way of goes beside it ({@link PathClashes}).
 */
final class Planner {

    private final Path project;
    private final DecisionTable table;
    private final Map<String, String> baseVersions;
    private final Map<String, String> nextVersions;
    private final Map<String, FileVersion> read = new HashMap<>();

    Planner(Path project, ConflictStyle style, Provenance recorded, Provenance next) {
        this.project = project;
        this.table = new DecisionTable(style);
        this.baseVersions = versions(recorded);
        this.nextVersions = versions(next);
    }

    /** The file outcomes, changes and conflict stages, in path order, and the drift seen on the way. */
    record Result(List<FileOutcome> files, List<FileChange> changes, List<ConflictStages> stages, List<Drift> drift) {
    }

    /**
     * The recorded files the user changed, deleted or re-moded, as {@code blueprint} and {@code template}:
     * the only ones whose old render is needed, since for the others the project holds it byte for byte.
     */
    BiPredicate<String, String> changedSources(List<Provenance.FileRecord> recorded) {
        Set<String> changed = new HashSet<>();
        for (Provenance.FileRecord record : recorded) {
            if (Drift.compare(record, read(record.path())).isPresent()) {
                changed.add(key(record.blueprint(), record.template()));
            }
        }
        return (blueprint, template) -> changed.contains(key(blueprint, template));
    }

    /**
     * @param base   the old render of (at least) the files the user changed, or empty when it could not be
     *               rendered; the recorded hashes stand in for every file the old render does not hold
     *               (among them those whose render did not reproduce its recorded hash, see {@link BaseRender})
     * @param theirs the new render
     */
    Result plan(Optional<BaseRender> base, List<Provenance.FileRecord> recorded, List<RenderedFile> theirs) {
        Map<String, FileVersion> bases = new TreeMap<>();
        Map<String, String> blueprints = new TreeMap<>();
        recorded.forEach(record -> bases.put(key(record.blueprint(), record.template()),
                new FileVersion(record.path(), null, record.sha256(), record.executable())));
        base.ifPresent(render -> render.files().forEach(file -> bases.put(key(file.blueprint(), file.template()), FileVersion.of(file))));
        Map<String, String> unverified = base.map(BaseRender::unverified).orElse(Map.of());
        recorded.forEach(record -> blueprints.put(key(record.blueprint(), record.template()), record.blueprint()));
        Map<String, FileVersion> theirsByKey = new TreeMap<>();
        theirs.forEach(file -> {
            theirsByKey.put(key(file.blueprint(), file.template()), FileVersion.of(file));
            blueprints.put(key(file.blueprint(), file.template()), file.blueprint());
        });
        List<String> keys = new ArrayList<>(bases.keySet());
        theirsByKey.keySet().stream().filter(key -> !bases.containsKey(key)).forEach(keys::add);
        List<DecisionTable.Decision> decisions = new ArrayList<>();
        for (String key : keys) {
            FileVersion old = bases.get(key);
            FileVersion next = theirsByKey.get(key);
            FileVersion ours = read(old != null ? old.path() : next.path());
            decisions.add(table.decide(new DecisionTable.Input(old, ours, next, labels(blueprints.get(key), base.isPresent()))));
        }
        PathClashes clashes = new PathClashes(project, decisions);
        List<FileOutcome> outcomes = new ArrayList<>();
        Map<String, FileChange> changes = new LinkedHashMap<>();
        List<ConflictStages> stages = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            DecisionTable.Decision decision = clashes.resolve(decisions.get(i));
            outcomes.add(noted(decision.outcome(), unverified.get(keys.get(i))));
            for (FileChange change : decision.changes()) {
                FileChange earlier = changes.get(change.path());
                if (earlier == null || earlier.deletes()) {
                    changes.put(change.path(), change);
                }
            }
            if (decision.stages() != null) {
                stages.add(decision.stages());
            }
        }
        PackageMoves.Result moves = PackageMoves.of(project, outcomes, PackageMoves.taken(recorded, theirs, changes.keySet()));
        outcomes.addAll(moves.outcomes());
        moves.changes().forEach(change -> changes.putIfAbsent(change.path(), change));
        outcomes.sort(Comparator.comparing(FileOutcome::path));
        return new Result(outcomes, new ArrayList<>(changes.values()), stages, drift(recorded));
    }

    /** The outcome, with the reason its base is not the recorded render when that shaped it (a conflict or a merge). */
    private static FileOutcome noted(FileOutcome outcome, String why) {
        boolean shaped = outcome.outcome().conflict() || outcome.outcome() == Outcome.MERGED;
        return why == null || !shaped || outcome.note() != null ? outcome
                : new FileOutcome(outcome.path(), outcome.outcome(), outcome.previousPath(), why);
    }

    private ThreeWayMerge.Labels labels(String blueprint, boolean baseRendered) {
        String base = "blueprint " + blueprint + " " + baseVersions.getOrDefault(blueprint, "(none)");
        return new ThreeWayMerge.Labels("yours", baseRendered ? base : base + " (not renderable: empty base)",
                "blueprint " + blueprint + " " + nextVersions.getOrDefault(blueprint, "(none)"));
    }

    private List<Drift> drift(List<Provenance.FileRecord> recorded) {
        return recorded.stream().map(record -> Drift.compare(record, read(record.path()))).flatMap(Optional::stream).toList();
    }

    /** The bytes of the project's file at {@code path}, or null when missing. */
    byte[] ours(String path) {
        FileVersion version = read(path);
        return version == null ? null : version.content();
    }

    /** The project's file at {@code path} (null when missing), read from disk once. */
    private FileVersion read(String path) {
        if (read.containsKey(path)) {
            return read.get(path);
        }
        FileVersion version = readFromDisk(path);
        read.put(path, version);
        return version;
    }

    private FileVersion readFromDisk(String path) {
        Path file = project.resolve(path);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            return FileVersion.of(path, Files.readAllBytes(file), Drift.executable(file));
        } catch (IOException e) {
            throw ScaffoldException.failure("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> versions(Provenance provenance) {
        Map<String, String> versions = new TreeMap<>();
        provenance.blueprints().forEach(ref -> versions.put(ref.id(), ref.version()));
        return versions;
    }

    private static String key(String blueprint, String template) {
        return BaseRender.key(blueprint, template);
    }
}

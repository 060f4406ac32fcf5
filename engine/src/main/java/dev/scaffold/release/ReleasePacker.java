package dev.scaffold.release;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.ManifestReader;
import dev.scaffold.catalog.Releases;
import dev.scaffold.catalog.Releases.Release;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Run by the build (at process-classes): writes every released version that {@code RELEASES} lists,
 * except each blueprint's current one, from the repository's history into
 * {@code .archive/<id>/<version>/} beside the bundled blueprints, where {@link Catalog} finds it.
 *
 * <p>Without the history (a source tarball, a shallow clone) the build still succeeds, without those
 * versions, and says so once; unless history is required (CI), then it fails.
 */
public final class ReleasePacker {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * What was packed.
     *
     * @param packed  the releases written, each with its commit
     * @param missing the releases the history does not hold
     * @param reason  why they are missing (empty when none is)
     */
    public record Report(Map<Release, String> packed, List<Release> missing, String reason) {
    }

    private ReleasePacker() {
    }

    /** {@code ReleasePacker BLUEPRINTS_DIR ARCHIVE_DIR [--require-history[=true|false]]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ReleasePacker BLUEPRINTS_DIR ARCHIVE_DIR [--require-history]");
        }
        Report report = pack(Path.of(args[0]), Path.of(args[1]), List.of(args).contains("--require-history")
                || List.of(args).contains("--require-history=true"));
        if (!report.missing().isEmpty()) {
            System.out.println("[WARNING] scaffold: older blueprint versions are NOT bundled ("
                    + report.missing().stream().map(Release::toString).collect(Collectors.joining(", ")) + "): "
                    + report.reason() + "; 'scaffold upgrade' of projects rendered with them will fail."
                    + " Build from a full git clone to bundle them.");
        }
    }

    /**
     * Packs the releases listed in {@code blueprints/RELEASES} into {@code archive} (emptied first).
     *
     * @throws IllegalStateException when a release is in no commit of a full history, or (with
     *                               {@code requireHistory}) when the history is missing
     */
    public static Report pack(Path blueprints, Path archive, boolean requireHistory) throws IOException {
        if (!archive.getFileName().toString().equals(Catalog.ARCHIVE)) {
            throw new IllegalArgumentException("the archive folder must be named " + Catalog.ARCHIVE + ", not " + archive);
        }
        delete(archive);
        List<Release> older = new ArrayList<>();
        for (Release release : Releases.read(blueprints)) {
            if (!currentVersion(blueprints, release.id()).equals(Optional.of(release.version()))) {
                older.add(release);
            }
        }
        if (older.isEmpty()) {
            return new Report(Map.of(), List.of(), "");
        }
        Optional<ReleaseHistory> opened = ReleaseHistory.open(blueprints);
        if (opened.isEmpty()) {
            return missing(older, "the build has no git history (" + blueprints.toAbsolutePath().normalize()
                    + " is in no git history: a source tarball?)", requireHistory);
        }
        try (ReleaseHistory history = opened.get()) {
            Map<Release, RevCommit> found = history.find(older);
            List<Release> missing = older.stream().filter(release -> !found.containsKey(release)).toList();
            if (!missing.isEmpty() && !history.shallow()) {
                throw new IllegalStateException(Releases.FILE + " lists " + missing.get(0) + ", but no commit declares"
                        + " that version in " + missing.get(0).id() + "/" + ManifestReader.MANIFEST);
            }
            Map<Release, String> packed = new LinkedHashMap<>();
            for (Map.Entry<Release, RevCommit> entry : found.entrySet()) {
                Release release = entry.getKey();
                history.writeFlattened(entry.getValue(), release.id(), archive.resolve(release.id()).resolve(release.version()));
                packed.put(release, entry.getValue().name());
            }
            if (!missing.isEmpty()) {
                Report partial = missing(missing, "the build's git history is shallow and stops before them", requireHistory);
                return new Report(packed, partial.missing(), partial.reason());
            }
            return new Report(packed, List.of(), "");
        }
    }

    private static Report missing(List<Release> missing, String reason, boolean requireHistory) {
        if (requireHistory) {
            throw new IllegalStateException("cannot bundle the released blueprint versions " + missing + ": " + reason
                    + "; this build requires them (clone with full history)");
        }
        return new Report(Map.of(), List.copyOf(missing), reason);
    }

    private static Optional<String> currentVersion(Path blueprints, String id) throws IOException {
        Path manifest = blueprints.resolve(id).resolve(ManifestReader.MANIFEST);
        return Files.isRegularFile(manifest) ? Optional.of(YAML.readTree(manifest.toFile()).path("version").asText()) : Optional.empty();
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> walk = Files.walk(directory)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}

package dev.scaffold.upgrade;

import java.util.ArrayList;
import java.util.List;

/**
 * The decision table of {@code scaffold upgrade}, for one file: from its base (old render), ours (the
 * project) and theirs (new render), what to report and what to write. Text is compared with normalised
 * line ends and written back in the user's style; the user's chmod survives, a blueprint's change of the
 * executable bit applies when the user left it alone.
 */
final class DecisionTable {

    /**
     * One file's three versions.
     *
     * @param base   the old render (content null when known only by its recorded hash), or null
     * @param ours   the file in the project (read from the base's path), or null when missing
     * @param theirs the new render, or null when the blueprint no longer renders it
     * @param labels the conflict-marker names of the three sides
     */
    record Input(FileVersion base, FileVersion ours, FileVersion theirs, ThreeWayMerge.Labels labels) {
    }

    /** What to report, what to write, and the index stages of a conflict (or null). */
    record Decision(FileOutcome outcome, List<FileChange> changes, ConflictStages stages) {
    }

    /** The suffix of the blueprint's copy written beside a binary file both sides changed. */
    static final String THEIRS_SUFFIX = ".theirs";
    /** The suffix of the rejected hunks with {@link ConflictStyle#REJ}. */
    static final String REJECTS_SUFFIX = ".rej";

    private final ConflictStyle style;

    DecisionTable(ConflictStyle style) {
        this.style = style;
    }

    Decision decide(Input in) {
        FileVersion base = in.base();
        FileVersion ours = in.ours();
        FileVersion theirs = in.theirs();
        if (theirs == null) {
            if (ours == null) {
                return decision(base.path(), Outcome.REMOVED, null, "already deleted by you");
            }
            return matchesBase(in)
                    ? new Decision(new FileOutcome(ours.path(), Outcome.REMOVED, null, null), List.of(FileChange.delete(ours.path())), null)
                    : decision(ours.path(), Outcome.REMOVED_UPSTREAM_MODIFIED, null, null);
        }
        String previous = base != null && !base.path().equals(theirs.path()) ? base.path() : null;
        if (ours == null) {
            if (base == null) {
                return write(Outcome.ADDED, theirs, theirs.content(), theirs.executable(), previous, null);
            }
            boolean unchanged = base.known() ? TextFiles.same(base.content(), theirs.content()) : base.sha256().equals(theirs.sha256());
            return decision(theirs.path(), unchanged ? Outcome.DELETED_BY_YOU : Outcome.DELETED_BY_YOU_CHANGED_UPSTREAM, previous, null);
        }
        boolean executable = base != null && ours.executable() != base.executable() ? ours.executable() : theirs.executable();
        String mode = executable != ours.executable() ? (executable ? "now executable" : "no longer executable") : null;
        if (TextFiles.same(ours.content(), theirs.content())) {
            return previous == null && mode == null ? decision(theirs.path(), Outcome.UP_TO_DATE, null, null)
                    : write(Outcome.UPDATED, theirs, ours.content(), executable, previous, mode);
        }
        if (base == null || !base.known() && !matchesBase(in)) {
            return conflict(base == null ? Outcome.BOTH_ADDED : Outcome.CONFLICT, null, ours, theirs, executable, previous, in.labels());
        }
        if (matchesBase(in)) {
            return write(Outcome.UPDATED, theirs, inUserStyle(theirs.content(), ours.content()), executable, previous, mode);
        }
        if (TextFiles.same(base.content(), theirs.content())) {
            return previous == null && mode == null ? decision(theirs.path(), Outcome.KEPT, null, null)
                    : write(Outcome.KEPT, theirs, ours.content(), executable, previous, mode);
        }
        return conflict(Outcome.CONFLICT, base.content(), ours, theirs, executable, previous, in.labels());
    }

    private Decision conflict(Outcome outcome, byte[] base, FileVersion ours, FileVersion theirs, boolean executable,
                              String previous, ThreeWayMerge.Labels labels) {
        String path = theirs.path();
        if (TextFiles.binary(ours.content()) || TextFiles.binary(theirs.content()) || base != null && TextFiles.binary(base)) {
            List<FileChange> changes = new ArrayList<>();
            if (previous != null || executable != ours.executable()) {
                changes.addAll(moveOnly(path, ours.content(), executable, previous));
            }
            changes.add(FileChange.write(path + THEIRS_SUFFIX, theirs.content(), theirs.executable()));
            return new Decision(new FileOutcome(path, Outcome.BINARY_CONFLICT, previous, "yours kept; the blueprint's is "
                    + path + THEIRS_SUFFIX), changes, null);
        }
        ThreeWayMerge.Result merged = ThreeWayMerge.merge(base == null ? new byte[0] : base, ours.content(), theirs.content(), labels, style);
        List<FileChange> changes = new ArrayList<>();
        changes.add(FileChange.write(path, TextFiles.inStyleOf(merged.content(), ours.content()), executable));
        if (previous != null) {
            changes.add(FileChange.delete(previous));
        }
        if (!merged.conflicts()) {
            return new Decision(new FileOutcome(path, Outcome.MERGED, previous, null), changes, null);
        }
        if (merged.rejects() != null) {
            changes.add(FileChange.write(path + REJECTS_SUFFIX, TextFiles.inStyleOf(merged.rejects(), ours.content()), false));
            return new Decision(new FileOutcome(path, outcome, previous, "clashing hunks in " + path + REJECTS_SUFFIX), changes, null);
        }
        return new Decision(new FileOutcome(path, outcome, previous, null), changes,
                new ConflictStages(path, base, ours.content(), theirs.content(), executable));
    }

    private static boolean matchesBase(Input in) {
        FileVersion base = in.base();
        if (base == null) {
            return false;
        }
        if (base.known()) {
            return TextFiles.same(in.ours().content(), base.content());
        }
        return in.ours().sha256().equals(base.sha256())
                || !TextFiles.binary(in.ours().content()) && FileVersion.of("", TextFiles.toLf(in.ours().content()), false).sha256().equals(base.sha256());
    }

    private static byte[] inUserStyle(byte[] theirs, byte[] ours) {
        return TextFiles.binary(theirs) ? theirs : TextFiles.inStyleOf(TextFiles.toLf(theirs), ours);
    }

    private static Decision write(Outcome outcome, FileVersion theirs, byte[] content, boolean executable, String previous, String note) {
        return new Decision(new FileOutcome(theirs.path(), outcome, previous, note),
                moveOnly(theirs.path(), content, executable, previous), null);
    }

    private static List<FileChange> moveOnly(String path, byte[] content, boolean executable, String previous) {
        List<FileChange> changes = new ArrayList<>();
        changes.add(FileChange.write(path, content, executable));
        if (previous != null) {
            changes.add(FileChange.delete(previous));
        }
        return changes;
    }

    private static Decision decision(String path, Outcome outcome, String previous, String note) {
        return new Decision(new FileOutcome(path, outcome, previous, note), List.of(), null);
    }
}

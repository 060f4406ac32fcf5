package dev.scaffold.upgrade;

import java.util.Locale;

/** What an upgrade does to one file: the rows of the decision table, as reported to the user. */
public enum Outcome {
    /** Yours was the blueprint's old render: the new render is written. */
    UPDATED("updated", false),
    /** The blueprint did not change the file: your version stays. */
    KEPT("kept (yours)", false),
    /** Yours already equals the new render. */
    UP_TO_DATE("up to date", false),
    /** Both changed it, in different places: merged without conflict. */
    MERGED("merged", false),
    /** Both changed the same lines: conflict markers (or a .rej file) to resolve. */
    CONFLICT("CONFLICT", true),
    /** The blueprint and you both created the path: merged against an empty base, never overwritten. */
    BOTH_ADDED("CONFLICT (both added)", true),
    /** A binary file both changed: yours stays, the blueprint's is written beside it. */
    BINARY_CONFLICT("CONFLICT (binary)", true),
    /**
     * The blueprint's file cannot go where a file of yours is in the way of its directory, or a directory
     * of yours (with files the upgrade does not remove) is in the way of its file: yours stays, the
     * blueprint's is written beside it, under {@code .theirs}.
     */
    FILE_DIRECTORY_CONFLICT("CONFLICT (file/directory)", true),
    /** New in the blueprint. */
    ADDED("added", false),
    /** The blueprint dropped it and you had not changed it: deleted. */
    REMOVED("removed", false),
    /** The blueprint dropped it but you changed it: kept. */
    REMOVED_UPSTREAM_MODIFIED("removed upstream, modified by you", false),
    /** You deleted it and the blueprint did not change it: stays deleted. */
    DELETED_BY_YOU("deleted by you", false),
    /** You deleted it and the blueprint changed it: stays deleted, look at what changed. */
    DELETED_BY_YOU_CHANGED_UPSTREAM("deleted by you, changed upstream", false),
    /** Your own file, in a directory an answer renamed (the Java package): moved along with it. */
    MOVED("moved (yours)", false),
    /** Your own file, in a directory an answer renamed, that could not move (its new path is taken): still there. */
    LEFT_BEHIND("CONFLICT (left behind)", true);

    private final String label;
    private final boolean conflict;

    Outcome(String label, boolean conflict) {
        this.label = label;
        this.conflict = conflict;
    }

    /** How the text report names it. */
    public String label() {
        return label;
    }

    /** How the JSON report names it: {@code deleted-by-you-changed-upstream}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the user has something to resolve. */
    public boolean conflict() {
        return conflict;
    }
}

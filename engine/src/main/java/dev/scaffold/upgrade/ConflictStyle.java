package dev.scaffold.upgrade;

/** How a text conflict is left for the user to resolve. */
public enum ConflictStyle {
    /** Conflict markers in the file, and stages 1/2/3 in the git index (as {@code git merge} does). */
    INLINE,
    /** The clean hunks applied, your side kept where they clash, and the clashing hunks in {@code <file>.rej}. */
    REJ
}

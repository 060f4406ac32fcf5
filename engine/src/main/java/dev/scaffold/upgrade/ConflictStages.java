package dev.scaffold.upgrade;

/**
 * The three sides of a conflicted file, for index stages 1 (base), 2 (yours) and 3 (the blueprint's).
 *
 * @param path       the path in the project
 * @param base       the old render, or null when there is none (both added, old version unavailable)
 * @param ours       the user's version
 * @param theirs     the new render
 * @param executable the executable bit for every stage
 */
public record ConflictStages(String path, byte[] base, byte[] ours, byte[] theirs, boolean executable) {
}

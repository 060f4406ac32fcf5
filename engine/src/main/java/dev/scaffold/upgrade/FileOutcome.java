package dev.scaffold.upgrade;

/**
 * The outcome of the upgrade for one file.
 *
 * @param path         the path in the project after the upgrade
 * @param outcome      the decision-table row
 * @param previousPath where the file was before, when an answer that drives paths moved it; else null
 * @param note         extra words for the user (a mode change, where the blueprint's copy went), or null
 */
public record FileOutcome(String path, Outcome outcome, String previousPath, String note) {

    public boolean moved() {
        return previousPath != null && !previousPath.equals(path);
    }
}

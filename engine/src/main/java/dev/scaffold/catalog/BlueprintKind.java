package dev.scaffold.catalog;

/** What a blueprint is: a whole project, or a layer that composes onto project blueprints. */
public enum BlueprintKind {
    PROJECT,
    LAYER;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

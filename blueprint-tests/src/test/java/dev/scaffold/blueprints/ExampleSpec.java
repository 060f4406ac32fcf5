package dev.scaffold.blueprints;

import java.util.List;

/** What generated-example/ is a render of (default answers). */
final class ExampleSpec {

    static final String BLUEPRINT = "hobbyist";
    static final List<String> LAYERS = List.of();

    private ExampleSpec() {
    }
}

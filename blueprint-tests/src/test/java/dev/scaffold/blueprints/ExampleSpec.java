package dev.scaffold.blueprints;

import java.util.List;

/** What generated-example/ is a render of (default answers): the headline blueprint with the scheduling layer. */
final class ExampleSpec {

    static final String BLUEPRINT = "enterprise";
    static final List<String> LAYERS = List.of("step-functions");

    private ExampleSpec() {
    }
}

package dev.scaffold.blueprints;

import java.util.List;
import java.util.Map;

/**
 * What generated-example/ is a render of: the headline blueprint with the scheduling layer, default
 * answers, plus the values enterprise requires while {@code ui} is true, which have no default.
 */
final class ExampleSpec {

    static final String BLUEPRINT = "enterprise";
    static final List<String> LAYERS = List.of("step-functions");
    /**
     * Stand-ins for a real UI host and Route 53 zone (the generated tests cache a lookup of this zone;
     * a deployment needs the user's own). The Justfile's {@code example} recipe passes the same values.
     */
    static final Map<String, String> UI = Map.of("uiDomainName", "metaflow.example.com", "hostedZoneName", "example.com");
    static final Map<String, String> ANSWERS = UI;

    private ExampleSpec() {
    }
}

package dev.scaffold.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The {@code spec.parameters} of a Backstage Software Template: a list of form steps, each a JSON Schema
 * object with react-jsonschema-form {@code ui:} hints merged into its properties (Backstage docs, "Writing
 * Templates", {@code spec.parameters - FormStep | FormStep[]}).
 *
 * <p>The blueprint is ONE step: its schema is one object whose {@code when:} conditions
 * ({@code if}/{@code then}/{@code else}), rules and {@code unevaluatedProperties: false} span all its
 * parameters, so splitting it would break a condition that reads a parameter of another step. The second
 * step is the repository to publish to (RepoUrlPicker).
 */
final class FormSteps {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FormSteps() {
    }

    /**
     * The blueprint's form step: the engine's JSON Schema (exactly what {@code describe --format json-schema}
     * prints) without {@code $schema}, plus per property {@code ui:help} (the help) and, for a secret
     * ({@code writeOnly}), {@code ui:widget: password}, which Backstage also masks on its review step.
     *
     * <p>{@code $schema} goes because Backstage validates each step in the browser with react-jsonschema-form's
     * default Ajv validator (draft-07; plugins/scaffolder-react .../Stepper/Stepper.tsx imports
     * {@code @rjsf/validator-ajv6}, later {@code @rjsf/validator-ajv8}, whose default is draft-07), which
     * refuses a schema naming the 2020-12 meta-schema it does not hold; the engine still validates the
     * answers against the full 2020-12 schema when {@code scaffold:new} runs.
     */
    static ObjectNode blueprintStep(ObjectNode formSchema) {
        ObjectNode step = formSchema.deepCopy();
        step.remove("$schema");
        JsonNode properties = step.path("properties");
        for (Map.Entry<String, JsonNode> entry : properties.properties()) {
            ObjectNode property = (ObjectNode) entry.getValue();
            if (property.hasNonNull("description")) {
                property.put("ui:help", property.get("description").asText());
            }
            if (property.path("writeOnly").asBoolean(false)) {
                property.put("ui:widget", "password");
            }
        }
        return step;
    }

    /** The step choosing the repository that {@code publish:github} creates ({@code ui:field: RepoUrlPicker}). */
    static ObjectNode repositoryStep(String host) {
        ObjectNode step = NODES.objectNode();
        step.put("title", "Choose a repository");
        step.putArray("required").add("repoUrl");
        ObjectNode repoUrl = step.putObject("properties").putObject("repoUrl");
        repoUrl.put("title", "Repository location");
        repoUrl.put("type", "string");
        repoUrl.put("ui:field", "RepoUrlPicker");
        repoUrl.putObject("ui:options").putArray("allowedHosts").add(host);
        return step;
    }
}

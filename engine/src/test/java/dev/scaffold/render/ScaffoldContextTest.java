package dev.scaffold.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.Fixtures;
import dev.scaffold.catalog.Composition;
import dev.scaffold.params.AnswerResolver;
import dev.scaffold.params.Answers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code scaffold.*} in the template context: which blueprint and layers, at which versions, a render is of. */
class ScaffoldContextTest {

    private static final String TEMPLATE = "{{scaffold.blueprint.id}} {{scaffold.blueprint.version}}"
            + "{{#scaffold.layers}} with {{scaffold.layers}}{{/scaffold.layers}}";

    private static String render(Composition composition) {
        Answers answers = new AnswerResolver(composition.parameters(), Optional.empty()).resolve(Map.of(), Map.of());
        return new StrictMustache().render("t", TEMPLATE, composition.templateContext(answers));
    }

    @Test
    void namesTheBaseAndItsVersion() {
        assertThat(render(Fixtures.catalog().compose("demo", List.of()))).isEqualTo("demo 1.2.0");
    }

    @Test
    void listsTheIncludedLayersWithTheirVersions() {
        assertThat(render(Fixtures.catalog().compose("demo", List.of("extra")))).isEqualTo("demo 1.2.0 with extra@0.3.0");
    }
}

package dev.scaffold.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.params.NotApplicable;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A parameter whose {@code when:} is false reaches templates only as an empty section. */
class NotApplicableTemplateTest {

    private final StrictMustache mustache = new StrictMustache();
    private final Map<String, Object> context = Map.of("types",
            new NotApplicable("types", "types applies only when computeType is ec2"));

    @Test
    void skipsSectionsAndRendersInvertedOnes() {
        assertThat(mustache.render("t", "[{{#types}}{{.}}{{/types}}{{^types}}none{{/types}}]", context))
                .isEqualTo("[none]");
    }

    @Test
    void failsWhenWrittenAsAValueSayingWhy() {
        assertThatThrownBy(() -> mustache.render("demo:README.md", "types: {{types}}", context))
                .isInstanceOf(TemplateException.class)
                .hasMessage("template demo:README.md: types applies only when computeType is ec2:"
                        + " templates may read 'types' only inside {{#types}}...{{/types}}");
    }
}

package dev.scaffold.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictMustacheTest {

    private final StrictMustache mustache = new StrictMustache();

    @Test
    void writesValuesWithoutHtmlEscaping() {
        assertThat(mustache.render("t", "{{v}}", Map.of("v", "a < b && \"c\" = 'd'")))
                .isEqualTo("a < b && \"c\" = 'd'");
    }

    @Test
    void rendersSectionsAndLists() {
        Map<String, Object> context = Map.of("on", true, "off", false, "items", List.of("x", "y"));
        assertThat(mustache.render("t", "{{#on}}1{{/on}}{{^off}}2{{/off}}{{#items}}[{{.}}]{{/items}}", context))
                .isEqualTo("12[x][y]");
    }

    @Test
    void failsOnMissingVariableNamingTemplateAndVariable() {
        assertThatThrownBy(() -> mustache.render("demo:src/App.java", "class {{className}} {}", Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessage("template demo:src/App.java: undefined variable 'className'");
        assertThatThrownBy(() -> mustache.render("t", "{{#missingSection}}x{{/missingSection}}", Map.of()))
                .hasMessageContaining("undefined variable 'missingSection'");
    }

    @Test
    void failsOnMalformedTemplate() {
        assertThatThrownBy(() -> mustache.render("broken.txt", "{{#open}} never closed", Map.of("open", true)))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("template broken.txt: ");
    }
}

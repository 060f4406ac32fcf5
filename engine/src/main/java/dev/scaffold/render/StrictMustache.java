package dev.scaffold.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Mustache as code generators need it: values are written as they are (no HTML escaping), and a
 * variable that is not defined is an error naming the template and the variable, never an empty string.
 */
public final class StrictMustache {

    private final DefaultMustacheFactory factory = new DefaultMustacheFactory() {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    public StrictMustache() {
        factory.setObjectHandler(new ReflectionObjectHandler() {
            @Override
            protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
                throw new MissingVariableException(name);
            }
        });
    }

    /**
     * Renders one template.
     *
     * @param name     the template's name, for error messages
     * @throws TemplateException naming the template and what is wrong with it
     */
    public String render(String name, String template, Map<String, Object> context) {
        try {
            Mustache mustache = factory.compile(new StringReader(template), name);
            StringWriter out = new StringWriter();
            mustache.execute(out, context);
            return out.toString();
        } catch (MissingVariableException e) {
            throw new TemplateException(name, e.getMessage());
        } catch (MustacheException e) {
            Throwable cause = rootCause(e);
            if (cause instanceof MissingVariableException missing) {
                throw new TemplateException(name, missing.getMessage());
            }
            throw new TemplateException(name, cause.getMessage());
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}

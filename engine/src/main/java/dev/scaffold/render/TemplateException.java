package dev.scaffold.render;

import dev.scaffold.ExitCodes;
import dev.scaffold.ScaffoldException;

/** A template that cannot be rendered: names the template file and the problem. */
public final class TemplateException extends ScaffoldException {

    public TemplateException(String template, String problem) {
        super(ExitCodes.FAILURE, "template " + template + ": " + problem);
    }
}

package dev.scaffold.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scaffold.render.GeneratedProject;
import dev.scaffold.render.Provenance;
import dev.scaffold.render.RenderedFile;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * {@code ?dryRun=true}: {@code {"files": [{"path", "size", "executable", "content"}], "command": "scaffold new ..."}},
 * the files in path order with the provenance last, as {@code scaffold new --dry-run} lists them. A file
 * that is not UTF-8 text (an image) has {@code "content": null} and {@code "binary": true}.
 */
final class DryRun {

    private DryRun() {
    }

    static ObjectNode json(GeneratedProject project, String command) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode files = body.putArray("files");
        for (RenderedFile file : project.files()) {
            add(files, file.path(), file.content(), file.executable());
        }
        add(files, Provenance.FILE, project.provenance().toJson(), false);
        return body.put("command", command);
    }

    private static void add(ArrayNode files, String path, byte[] content, boolean executable) {
        ObjectNode entry = files.addObject().put("path", path).put("size", content.length).put("executable", executable);
        try {
            entry.put("content", StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException e) {
            entry.putNull("content").put("binary", true);
        }
    }
}

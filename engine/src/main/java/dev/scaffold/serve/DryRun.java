package dev.scaffold.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scaffold.catalog.Blueprint;
import dev.scaffold.catalog.IdleCost;
import dev.scaffold.catalog.IdleCostEstimate;
import dev.scaffold.render.GeneratedProject;
import dev.scaffold.render.Provenance;
import dev.scaffold.render.RenderedFile;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code ?dryRun=true}: {@code {"files": [{"path", "size", "executable", "content"}], "idleCost": {"monthlyUsd",
 * "lines": [{"item", "monthlyUsd"}]}, "command": "scaffold new ..."}}, the idle cost of these answers as
 * {@code new --dry-run} states it ({@link IdleCost}; absent when no manifest declares one),
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
        List<Blueprint> parts = project.composition().parts();
        if (IdleCost.declared(parts)) {
            IdleCostEstimate estimate = IdleCost.estimate(parts, project.answers());
            ObjectNode idleCost = body.putObject("idleCost").put("monthlyUsd", estimate.monthlyUsd());
            ArrayNode lines = idleCost.putArray("lines");
            estimate.lines().forEach(line -> lines.addObject().put("item", line.item()).put("monthlyUsd", line.monthlyUsd()));
        }
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

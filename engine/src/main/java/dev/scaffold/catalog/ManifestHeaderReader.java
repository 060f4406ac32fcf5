package dev.scaffold.catalog;

import dev.scaffold.ExitCodes;
import dev.scaffold.ScaffoldException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads only the header of a manifest ({@link BlueprintHeader}): SnakeYAML's event stream, up to the
 * first key of the manifest's body ({@code parameters}, ...), with no Jackson data binding and no
 * JSON-Schema validator, so that {@code scaffold list} starts fast. A manifest read whole checks that
 * its header says the same ({@link #checkSame}), so a header key placed after the body fails early.
 */
final class ManifestHeaderReader {

    /** The keys that end the header. */
    static final Set<String> BODY = Set.of("parameters", "derived", "rules", "files", "idleCost");

    private ManifestHeaderReader() {
    }

    /** @throws ScaffoldException (failure) saying which manifest is broken and how */
    static BlueprintHeader read(Path directory, Path catalogRoot) {
        Path manifest = Containment.manifestOf(directory, catalogRoot);
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            return read(in, manifest.toString());
        } catch (IOException e) {
            throw new ScaffoldException(ExitCodes.FAILURE, "cannot read blueprint manifest " + manifest + ": " + e.getMessage(), e);
        }
    }

    /** The header of the manifest {@code in}, named {@code manifest} in errors. */
    static BlueprintHeader read(Reader in, String manifest) {
        try {
            return header(fields(new Yaml(new LoaderOptions()).parse(in).iterator()));
        } catch (YAMLException | IllegalArgumentException e) {
            throw new ScaffoldException(ExitCodes.FAILURE, "blueprint manifest " + manifest + " is invalid: " + e.getMessage(), e);
        }
    }

    /** Fails when the header read alone differs from the one read with the whole manifest. */
    static void checkSame(BlueprintHeader alone, Blueprint whole, Path directory) {
        if (!alone.equals(BlueprintHeader.of(whole))) {
            throw ScaffoldException.failure("blueprint manifest " + directory.resolve(ManifestReader.MANIFEST)
                    + " is invalid: put id, version, kind, layerOf, defaultBase and description before "
                    + String.join(", ", BODY.stream().sorted().toList()), null);
        }
    }

    /** The top-level keys before the body: a scalar's text, or a list of scalars' texts. */
    private static Map<String, Object> fields(Iterator<Event> events) {
        Map<String, Object> fields = new HashMap<>();
        expect(events, Event.ID.StreamStart);
        expect(events, Event.ID.DocumentStart);
        expect(events, Event.ID.MappingStart);
        Event key = events.next();
        for (; key instanceof ScalarEvent scalar && !BODY.contains(scalar.getValue()); key = events.next()) {
            Event value = events.next();
            if (value instanceof ScalarEvent text) {
                fields.put(scalar.getValue(), text.getValue());
            } else if (value.is(Event.ID.SequenceStart)) {
                List<String> items = new ArrayList<>();
                for (Event item = events.next(); !item.is(Event.ID.SequenceEnd); item = events.next()) {
                    BlueprintHeader.require(item instanceof ScalarEvent, "'" + scalar.getValue() + "' must be a list of names");
                    items.add(((ScalarEvent) item).getValue());
                }
                fields.put(scalar.getValue(), items);
            } else {
                BlueprintHeader.require(value.is(Event.ID.MappingStart), "'" + scalar.getValue() + "' has no value");
                skipMapping(events);
            }
        }
        String end = key instanceof ScalarEvent body ? " before '" + body.getValue() + "'" : "";
        for (String required : List.of("id", "version", "kind", "description")) {
            BlueprintHeader.require(fields.containsKey(required), "'" + required + "' is required" + end);
        }
        return fields;
    }

    private static void skipMapping(Iterator<Event> events) {
        for (int depth = 1; depth > 0; ) {
            Event event = events.next();
            if (event.is(Event.ID.MappingStart) || event.is(Event.ID.SequenceStart)) {
                depth++;
            } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
                depth--;
            }
        }
    }

    private static void expect(Iterator<Event> events, Event.ID id) {
        BlueprintHeader.require(events.hasNext() && events.next().is(id), "it is not a YAML mapping");
    }

    private static BlueprintHeader header(Map<String, Object> fields) {
        Object kind = fields.get("kind");
        Object layerOf = fields.getOrDefault("layerOf", List.of());
        BlueprintHeader.require(layerOf instanceof List<?>, "'layerOf' must be a list of blueprint ids");
        return new BlueprintHeader(text(fields, "id"), text(fields, "version"),
                kind == null ? null : BlueprintKind.valueOf(kind.toString().toUpperCase(Locale.ROOT)),
                text(fields, "description"), ((List<?>) layerOf).stream().map(Object::toString).toList(),
                Optional.ofNullable(text(fields, "defaultBase")));
    }

    private static String text(Map<String, Object> fields, String field) {
        Object value = fields.get(field);
        BlueprintHeader.require(value == null || value instanceof String, "'" + field + "' must be a single value");
        return (String) value;
    }
}

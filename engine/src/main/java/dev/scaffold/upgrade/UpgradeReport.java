package dev.scaffold.upgrade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scaffold.render.Provenance;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** An upgrade plan (or its outcome) as text for people and as JSON for machines. */
public final class UpgradeReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private UpgradeReport() {
    }

    /** Every file's outcome, one per line, then a summary and what to do about conflicts. */
    public static void text(UpgradePlan plan, PrintWriter out) {
        String versions = versions(plan.recorded()) + " -> " + versions(plan.next());
        if (plan.upToDate()) {
            out.printf("%s is up to date (%s).%n", plan.project(), versions(plan.next()));
            return;
        }
        out.printf("%s %s: %s%n", plan.applied() ? "Upgraded" : "Upgrade plan for", plan.project(), versions);
        plan.degraded().ifPresent(reason -> out.printf("warning: the recorded version cannot be rendered (%s); files that "
                + "match their recorded hash update cleanly, the files you changed become conflicts against an empty base%n", reason));
        plan.dropped().forEach(why -> out.printf("note: dropped the recorded answer: %s%n", why));
        int width = plan.files().stream().mapToInt(file -> file.outcome().label().length()).max().orElse(0);
        for (FileOutcome file : plan.files()) {
            StringBuilder line = new StringBuilder(String.format("  %-" + width + "s  %s", file.outcome().label(), file.path()));
            if (file.moved()) {
                line.append(" (moved from ").append(file.previousPath()).append(')');
            }
            if (file.note() != null) {
                line.append(" (").append(file.note()).append(')');
            }
            out.println(line);
        }
        out.println(summary(plan));
        if (!plan.conflicts().isEmpty()) {
            out.printf("%d %s conflicts: resolve them, then 'git add' the files (the blueprint's new version is recorded).%n",
                    plan.conflicts().size(), plan.conflicts().size() == 1 ? "file has" : "files have");
        }
        if (!plan.applied()) {
            out.println("Nothing was written.");
        }
    }

    /** The plan as a JSON document: versions, each file's outcome, counts. */
    public static String json(UpgradePlan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("project", plan.project().toString());
        root.set("from", JSON.valueToTree(plan.recorded().blueprints()));
        root.set("to", JSON.valueToTree(plan.next().blueprints()));
        root.put("upToDate", plan.upToDate());
        root.put("applied", plan.applied());
        root.put("degraded", plan.degraded().orElse(null));
        ArrayNode dropped = root.putArray("droppedAnswers");
        plan.dropped().forEach(dropped::add);
        ArrayNode files = root.putArray("files");
        for (FileOutcome file : plan.files()) {
            ObjectNode node = files.addObject().put("path", file.path()).put("outcome", file.outcome().id())
                    .put("conflict", file.outcome().conflict());
            if (file.moved()) {
                node.put("movedFrom", file.previousPath());
            }
            if (file.note() != null) {
                node.put("note", file.note());
            }
        }
        root.set("counts", JSON.valueToTree(counts(plan.files())));
        root.put("conflicts", plan.conflicts().size());
        ArrayNode drift = root.putArray("drift");
        plan.drift().forEach(entry -> drift.addObject().put("path", entry.path()).put("change", entry.change().id()));
        return write(root);
    }

    /** The user's changes against the recorded render, as JSON. */
    public static String json(List<Drift> drift) {
        ArrayNode root = JSON.createArrayNode();
        drift.forEach(entry -> root.addObject().put("path", entry.path()).put("change", entry.change().id()));
        return write(root);
    }

    private static String summary(UpgradePlan plan) {
        return counts(plan.files()).entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", ", plan.files().size() + " files: ", "."));
    }

    private static Map<String, Integer> counts(List<FileOutcome> files) {
        Map<String, Integer> counts = new TreeMap<>();
        files.forEach(file -> counts.merge(file.outcome().id(), 1, Integer::sum));
        return counts;
    }

    private static String versions(Provenance provenance) {
        return provenance.blueprints().stream().map(ref -> ref.id() + " " + ref.version()).collect(Collectors.joining(" + "));
    }

    private static String write(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}

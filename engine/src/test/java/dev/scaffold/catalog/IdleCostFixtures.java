package dev.scaffold.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Two small blueprints with idle-cost lines: a project (site) and a layer of it (schedule). */
public final class IdleCostFixtures {

    private IdleCostFixtures() {
    }

    public static final String SITE = """
            id: site
            version: 1.0.0
            kind: project
            description: d
            parameters:
              - {name: database, type: boolean, help: h, default: true}
              - {name: existingVpc, type: string, help: h, required: false, pattern: "^vpc-[0-9a-f]+$"}
              - {name: zones, type: integer, help: h, default: 2, when: "!existingVpc"}
              - {name: tasks, type: integer, help: h, default: 2}
              - {name: engine, type: choice, help: h, default: small, choices: [small, large]}
            derived:
              - {name: large, when: "engine == 'large'"}
            idleCost:
              - item: database, small
                arithmetic: 730 h × $0.016
                monthlyUsd: 11.68
                when: database && !large
              - item: database, large
                monthlyUsd: 100
                when: database && large
              - item: task memory, 1 GB
                arithmetic: 730 h × $0.004445 a task
                monthlyUsd: 3.24485
                perUnit: tasks
              - item: endpoints, per zone
                monthlyUsd: 29.20
                perUnit: zones
              - item: scheduler
                monthlyUsd: 0.50
                when: withSchedule
              - item: logs
                monthlyUsd: 0
            """;

    public static final String SCHEDULE = """
            id: schedule
            version: 1.0.0
            kind: layer
            layerOf: [site]
            description: d
            parameters:
              - {name: tables, type: integer, help: h, default: 1}
            idleCost:
              - {item: table, monthlyUsd: 1.25, perUnit: tables}
            """;

    public static Catalog catalog(Path root, String... manifests) throws IOException {
        for (String manifest : manifests) {
            Path blueprint = root.resolve(manifest.lines().findFirst().orElseThrow().substring(4));
            Files.createDirectories(blueprint.resolve("template"));
            Files.writeString(blueprint.resolve("blueprint.yaml"), manifest);
        }
        return Catalog.fromDirectory(root);
    }


    /** A catalog of site and schedule under {@code root}. */
    public static Catalog catalog(Path root) throws IOException {
        return catalog(root, SITE, SCHEDULE);
    }
}

package dev.scaffold.serve;

import dev.scaffold.Fixtures;
import dev.scaffold.catalog.Catalog;
import java.nio.file.Path;

/** A blueprint with a required parameter, a {@code when:} and a rule, made on the fly. */
final class SiteBlueprint {

    static final String MANIFEST = """
            id: site
            version: 1.0.0
            kind: project
            description: Jobs.
            parameters:
              - name: projectName
                type: string
                help: The directory.
                default: site
                pattern: "^[a-z][a-z0-9-]*$"
              - name: owner
                type: string
                help: Who owns it.
                required: true
                pattern: "^[a-z]+$"
              - name: computeType
                type: choice
                help: What runs jobs.
                default: ec2
                choices: [ec2, fargate]
              - name: instanceTypes
                type: list
                help: Instance families.
                default: [c5]
                pattern: "^[a-z0-9.]+$"
                when: computeType == 'ec2'
              - name: zones
                type: integer
                help: Availability zones.
                default: 2
              - name: nats
                type: integer
                help: NAT gateways.
                default: 1
            rules:
              - condition: nats <= zones
                message: at most one NAT gateway per zone.
            """;

    private SiteBlueprint() {
    }

    static Catalog catalog(Path root) {
        return Catalog.fromDirectory(Fixtures.blueprint(root, MANIFEST, "README.md",
                "{{owner}} {{computeType}}{{#instanceTypes}} {{.}}{{/instanceTypes}}\n"));
    }
}

# Everyday recipes. `just` is the npm package rust-just: npm install -g rust-just

set shell := ["bash", "-euo", "pipefail", "-c"]
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := "20"

# List the recipes
default:
    @just --list

# Build the engine's runnable jar (engine/target/scaffold.jar)
build:
    mvn -q -B -f engine/pom.xml clean package -DskipTests

# Run every test: engine, blueprints, generated-example, the Backstage module (the README's test command)
test:
    mvn -B verify

# Run the engine's tests only (fast)
test-engine:
    mvn -q -B -pl engine test

# Render a blueprint with default answers: just new hobbyist my-metaflow
new blueprint="hobbyist" dir="my-metaflow" *args="":
    ./scaffold new --blueprint {{blueprint}} -o {{dir}} --no-input {{args}}

# Re-render generated-example/: the enterprise blueprint with step-functions, default answers, plus
# stand-ins for the UI host and Route 53 zone that enterprise requires while ui is true (no real zone:
# a deployment needs your own; keep them equal to ExampleSpec.UI in blueprint-tests)
example: build
    rm -rf generated-example
    ./scaffold new --blueprint enterprise --with step-functions -o generated-example --no-input \
        -P uiDomainName=metaflow.example.com -P hostedZoneName=example.com

# Release the current version of a blueprint: list it in blueprints/RELEASES (when the version is
# final, before the next change bumps it); the build packs it from git history from then on
release id:
    #!/usr/bin/env bash
    set -euo pipefail
    version=$(sed -n 's/^version: //p' blueprints/{{id}}/blueprint.yaml)
    if [[ -z "$version" ]]; then echo "blueprints/{{id}}/blueprint.yaml declares no version" >&2; exit 1; fi
    if grep -qx "{{id}} $version" blueprints/RELEASES; then
        echo "{{id}} $version is already released: bump the version of {{id}} before changing it" >&2; exit 1
    fi
    if [[ -n "$(git status --porcelain -- blueprints)" ]]; then
        echo "note: blueprints/ has uncommitted changes; {{id}} $version is released as the newest commit that declares it" >&2
    fi
    echo "{{id}} $version" >> blueprints/RELEASES
    echo "released {{id}} $version: commit blueprints/RELEASES; bump the version of {{id}} before its next change"

# Time whole processes, in turn, N runs each (median, min-max): `scaffold new` against `cdk init app
# --language java --generate-only` (npx aws-cdk@2), `upgrade` of an edited project against `new`,
# `--version` and `list`; prints the ratios against the targets of issue 14
bench n="5":
    python3 tools/bench.py {{n}}

# Compare `scaffold upgrade` (a handful of user edits) with `scaffold new`, in-process, warmed up:
# just bench-upgrade blueprints enterprise 20 uiDomainName=metaflow.example.com hostedZoneName=example.com
bench-upgrade source="engine/src/test/resources/fixtures" blueprint="demo" runs="20" *params="":
    #!/usr/bin/env bash
    set -euo pipefail
    mvn -q -B -f engine/pom.xml test-compile
    mvn -q -B -f engine/pom.xml dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
    java -cp "engine/target/classes:engine/target/test-classes:$(cat engine/target/bench.classpath)" \
        dev.scaffold.bench.UpgradeBenchmark {{source}} {{blueprint}} {{runs}} {{params}}

package dev.scaffold.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.catalog.Catalog;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -P package=...} moves the files the user added in the old package directory too, never leaving them behind. */
class PackageMovesTest {

    private static final String OLD = "src/main/java/com/example/shop/";
    private static final String NEW = "src/main/java/org/acme/shop/";

    private static final byte[] LATIN_1 = "package com.example.shop;\n// caf\u00e9\nclass Latin {}\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @TempDir
    Path work;

    private static UpgradePlan upgrade(Scenario scenario) {
        return upgrade(scenario, "org.acme.shop");
    }

    private static UpgradePlan upgrade(Scenario scenario, String newPackage) {
        UpgradeRequest request = new UpgradeRequest(scenario.project, Optional.empty(), Map.of("package", newPackage),
                UpgradeRequest.Mode.APPLY, ConflictStyle.INLINE, false, Optional.of(scenario.catalog.toString()));
        return new Upgrader(() -> Catalog.fromDirectory(scenario.catalog)).run(request, Optional.empty());
    }

    private static FileOutcome outcome(UpgradePlan plan, String path) {
        return plan.files().stream().filter(file -> file.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void movesYourFilesWithThePackageAndRewritesTheirPackageLines() {
        Scenario scenario = new Scenario(work).generate()
                .write(OLD + "Mine.java", "package com.example.shop;\r\n\r\nimport com.example.shop.util.Helper;\r\n\r\nclass Mine {}\r\n")
                .write(OLD + "util/Helper.java", "package com.example.shop.util;\n\npublic class Helper {}\n")
                .write(OLD + "notes.txt", "mine\n")
                .write(OLD + "Odd.java", "package somewhere.else;\nclass Odd {}\n")
                .write(OLD + "Latin.java", LATIN_1)
                .commit();
        UpgradePlan plan = upgrade(scenario);

        assertThat(scenario.read(NEW + "Mine.java"))
                .isEqualTo("package org.acme.shop;\r\n\r\nimport com.example.shop.util.Helper;\r\n\r\nclass Mine {}\r\n");
        assertThat(outcome(plan, NEW + "Mine.java")).isEqualTo(new FileOutcome(NEW + "Mine.java", Outcome.MOVED, OLD + "Mine.java",
                "package line now org.acme.shop; it still mentions com.example.shop, update those"));
        assertThat(scenario.read(NEW + "util/Helper.java")).isEqualTo("package org.acme.shop.util;\n\npublic class Helper {}\n");
        assertThat(outcome(plan, NEW + "util/Helper.java").note()).isEqualTo("package line now org.acme.shop.util");
        assertThat(scenario.read(NEW + "notes.txt")).isEqualTo("mine\n");
        assertThat(outcome(plan, NEW + "notes.txt").note()).isNull();
        assertThat(scenario.read(NEW + "Odd.java")).startsWith("package somewhere.else;");
        assertThat(outcome(plan, NEW + "Odd.java").note()).isEqualTo("check its package declaration");
        assertThat(scenario.project.resolve(NEW + "Latin.java")).as("not UTF-8: moved byte for byte").hasBinaryContent(LATIN_1);
        assertThat(outcome(plan, NEW + "Latin.java").note()).isEqualTo("check its package declaration");
        assertThat(scenario.project.resolve("src/main/java/com")).as("nothing left behind").doesNotExist();
        assertThat(plan.conflicts()).isEmpty();
    }

    @Test
    void aFileWhoseNewPathIsTakenStaysAndIsReported() {
        Scenario scenario = new Scenario(work).generate()
                .write(OLD + "notes.txt", "old place\n")
                .write(NEW + "notes.txt", "already there\n")
                .commit();
        UpgradePlan plan = upgrade(scenario);

        assertThat(outcome(plan, OLD + "notes.txt").outcome()).isEqualTo(Outcome.LEFT_BEHIND);
        assertThat(outcome(plan, OLD + "notes.txt").note())
                .isEqualTo("yours; its directory moved to src/main/java/org/acme/shop, but " + NEW + "notes.txt exists");
        assertThat(plan.conflicts()).extracting(FileOutcome::path).containsExactly(OLD + "notes.txt");
        assertThat(scenario.read(OLD + "notes.txt")).isEqualTo("old place\n");
        assertThat(scenario.read(NEW + "notes.txt")).isEqualTo("already there\n");
        assertThat(scenario.read(NEW + "App.java")).startsWith("package org.acme.shop;");
    }

    @Test
    void movesIntoAParentOrASubPackage() {
        Scenario scenario = new Scenario(work).generate()
                .write(OLD + "Mine.java", "package com.example.shop;\nclass Mine {}\n")
                .commit();
        upgrade(scenario, "com.example");
        assertThat(scenario.read("src/main/java/com/example/Mine.java")).isEqualTo("package com.example;\nclass Mine {}\n");
        assertThat(scenario.project.resolve(OLD)).doesNotExist();

        scenario.commit();
        upgrade(scenario, "com.example.shop");
        assertThat(scenario.read(OLD + "Mine.java")).isEqualTo("package com.example.shop;\nclass Mine {}\n");
        assertThat(scenario.project.resolve("src/main/java/com/example/Mine.java")).doesNotExist();
    }
}

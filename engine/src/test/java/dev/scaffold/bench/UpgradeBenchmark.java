package dev.scaffold.bench;

import dev.scaffold.catalog.Blueprint;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.render.NewProjectRequest;
import dev.scaffold.render.ProjectGenerator;
import dev.scaffold.upgrade.ConflictStyle;
import dev.scaffold.upgrade.UpgradePlan;
import dev.scaffold.upgrade.UpgradeRequest;
import dev.scaffold.upgrade.Upgrader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.util.FileUtils;

/**
 * Compares {@code scaffold upgrade} of a project with a handful of user edits against {@code scaffold new}
 * of the same blueprint, in one warmed-up JVM: both timings include reading the catalog, as each command
 * does, and exclude JVM start-up.
 *
 * <p>v2 is the blueprint with its version bumped and a line added to three of its text templates; the
 * user edits prepend a line to three other text files, delete one and add one, and commit. Only
 * {@code Upgrader.run} (git status, both renders, merges, transactional write, index) is timed.
 *
 * <p>Usage: {@code UpgradeBenchmark [SOURCE_DIR] [BLUEPRINT] [RUNS] [NAME=VALUE...]} (default: the engine's
 * demo fixture), the parameters as {@code -P} gives them (enterprise needs {@code uiDomainName=metaflow.example.com
 * hostedZoneName=example.com}).
 */
public final class UpgradeBenchmark {

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args.length > 0 ? args[0] : "engine/src/test/resources/fixtures");
        String id = args.length > 1 ? args[1] : "demo";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i++) {
            String[] nameAndValue = args[i].split("=", 2);
            parameters.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
        }
        Path work = Files.createTempDirectory("scaffold-bench");
        try {
            Path catalogV2 = bumped(source, id, work.resolve("v2"));
            List<Long> news = new ArrayList<>();
            List<Long> upgrades = new ArrayList<>();
            for (int i = 0; i < runs + 5; i++) {
                Path fresh = work.resolve("new" + i);
                long start = System.nanoTime();
                new ProjectGenerator(Catalog.fromDirectory(source)).generate(request(id, fresh, parameters), Optional.empty());
                long newTime = System.nanoTime() - start;
                Path project = work.resolve("up" + i);
                new ProjectGenerator(Catalog.fromDirectory(source)).generate(request(id, project, parameters), Optional.empty());
                userEdits(project);
                start = System.nanoTime();
                UpgradePlan plan = new Upgrader(() -> Catalog.fromDirectory(catalogV2)).run(new UpgradeRequest(project,
                        Optional.empty(), Map.of(), UpgradeRequest.Mode.APPLY, ConflictStyle.INLINE, false,
                        Optional.of(catalogV2.toString())), Optional.empty());
                long upgradeTime = System.nanoTime() - start;
                if (!plan.applied()) {
                    throw new IllegalStateException("the upgrade was not applied");
                }
                if (i >= 5) {
                    news.add(newTime);
                    upgrades.add(upgradeTime);
                }
            }
            double newMs = median(news);
            double upgradeMs = median(upgrades);
            System.out.printf("blueprint %s, %d runs after 5 warm-ups, median:%n", id, runs);
            System.out.printf("  scaffold new:     %7.2f ms%n", newMs);
            System.out.printf("  scaffold upgrade: %7.2f ms (3 files edited, 1 deleted, 1 added; git status + index)%n", upgradeMs);
            System.out.printf("  ratio: %.2f (target: below 2.0)%n", upgradeMs / newMs);
        } finally {
            FileUtils.delete(work.toFile(), FileUtils.RECURSIVE | FileUtils.RETRY);
        }
    }

    private static NewProjectRequest request(String id, Path target, Map<String, String> parameters) {
        return new NewProjectRequest(id, List.of(), target, parameters, Optional.empty(), false);
    }

    /** A copy of the source with the blueprint at a higher version, its old version archived. */
    private static Path bumped(Path source, String id, Path target) throws IOException {
        Blueprint current = Catalog.fromDirectory(source).get(id);
        Path blueprintDir = current.templateRoot().getParent();
        copy(source, target);
        copy(blueprintDir, target.resolve(".archive").resolve(id).resolve(current.version()));
        Path copy = target.resolve(blueprintDir.getFileName());
        Path manifest = copy.resolve("blueprint.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("version: " + current.version(), "version: 99.0.0"));
        List<Path> texts = textFiles(copy.resolve("template"));
        for (Path text : texts.subList(0, Math.min(3, texts.size()))) {
            Files.writeString(text, Files.readString(text) + "\nAdded in 99.0.0.\n");
        }
        return target;
    }

    private static void userEdits(Path project) throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            commit(git, "generated");
            List<Path> texts = new ArrayList<>(textFiles(project));
            Collections.reverse(texts);
            for (Path text : texts.subList(0, Math.min(3, texts.size()))) {
                Files.writeString(text, "edited by the user\n" + Files.readString(text));
            }
            Files.delete(texts.get(Math.min(3, texts.size() - 1)));
            Files.writeString(project.resolve("MINE.md"), "mine\n");
            commit(git, "edits");
        }
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage(message).setAuthor("b", "b@x").setCommitter("b", "b@x").setSign(false).call();
    }

    private static List<Path> textFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/.git/") && !p.toString().contains("/.scaffold/"))
                    .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".java") || p.toString().endsWith(".txt"))
                    .sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!target.startsWith(to.resolve(".archive")) || !path.startsWith(from.resolve(".archive"))) {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1_000_000.0;
    }
}

package dev.scaffold.upgrade;

import dev.scaffold.ScaffoldException;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.Composition;
import dev.scaffold.catalog.ReleaseNotHeldException;
import dev.scaffold.params.AnswerResolver;
import dev.scaffold.params.Answers;
import dev.scaffold.params.Prompter;
import dev.scaffold.render.ProjectGenerator;
import dev.scaffold.render.Provenance;
import dev.scaffold.render.Provenance.BlueprintRef;
import dev.scaffold.render.RenderedFile;
import dev.scaffold.render.Renderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * {@code scaffold upgrade}: renders the recorded blueprint versions with the recorded answers (base)
 * and the new versions with the new answers (theirs), classifies every file of the project (ours) by
 * the decision table, then writes the whole plan in one transaction.
 *
 * <p>Refused before anything is read or written: a project outside git (unless allowed), a dirty
 * working tree, an unknown blueprint or version, a downgrade, a missing required secret. When the old
 * version cannot be rendered the upgrade degrades honestly: files whose hash matches the provenance
 * update cleanly, the others become conflicts against an empty base, and the plan says why; except for a
 * released version the catalog does not hold (an engine built without git history), which fails.
 *
 * <p>Only the files the user changed are rendered from the old version: for every other file the project
 * holds the old render byte for byte (its hash is the recorded one), which keeps an upgrade of a
 * lightly edited project close to the cost of {@code scaffold new}.
 *
 * <p>The new provenance records, for every file, the hash of what the blueprint rendered (theirs), also
 * for files the user kept, merged, left in conflict or deleted: the provenance describes the render, so
 * the next upgrade's base and {@code scaffold diff} compare the user's project against it.
 */
public final class Upgrader {

    private final Supplier<Catalog> bundled;
    private final FileOps ops;
    private final Renderer renderer = new Renderer();

    /** @param bundled the bundled catalog, used when the project's blueprints came from it */
    public Upgrader(Supplier<Catalog> bundled) {
        this(bundled, FileOps.DISK);
    }

    Upgrader(Supplier<Catalog> bundled, FileOps ops) {
        this.bundled = bundled;
        this.ops = ops;
    }

    /**
     * Plans the upgrade and, in {@link UpgradeRequest.Mode#APPLY}, writes it.
     *
     * @param prompter asks for secrets and new parameters on a terminal
     * @throws ScaffoldException for a refusal or a failed write; the project is then untouched
     */
    public UpgradePlan run(UpgradeRequest request, Optional<Prompter> prompter) {
        Path project = request.project().toAbsolutePath().normalize();
        Journal.recover(project);
        Provenance recorded = Provenance.read(project);
        Optional<GitRepository> git = request.mode().writes() ? GitRepository.open(project) : Optional.empty();
        try {
            if (request.mode().writes()) {
                if (git.isEmpty() && !request.allowNonGit()) {
                    throw ScaffoldException.invalidInput(project + " is not in a git repository; commit it to git first "
                            + "(so the upgrade can be reviewed and undone), or pass --no-git to upgrade without that safety net");
                }
                git.ifPresent(repository -> repository.requireClean(project));
            }
            UpgradePlan plan = plan(project, recorded, request, prompter);
            if (!request.mode().writes() || plan.upToDate()) {
                return plan;
            }
            List<FileChange> changes = new ArrayList<>(plan.changes());
            changes.add(FileChange.write(Provenance.FILE, plan.next().toJson(), false));
            Optional<Path> index = plan.stages().isEmpty() ? Optional.empty() : git.map(GitRepository::indexFile);
            new Transaction(project, ops).apply(changes, index, () -> {
                if (git.isPresent()) {
                    git.get().writeConflictStages(plan.stages());
                }
            });
            return plan.asApplied();
        } finally {
            git.ifPresent(GitRepository::close);
        }
    }

    private UpgradePlan plan(Path project, Provenance recorded, UpgradeRequest request, Optional<Prompter> prompter) {
        UpgradeSources sources = UpgradeSources.open(request.source(), recorded, project, bundled,
                !request.addLayers().isEmpty());
        Catalog catalog = sources.next();
        List<BlueprintRef> targets = request.addLayers().isEmpty()
                ? Versions.targets(catalog, recorded.blueprints(), request.toVersion())
                : Versions.withLayers(catalog, recorded.blueprints(), request.addLayers());
        Composition next = Versions.compose(catalog, targets);
        AnswerResolver.Resolution resolution = UpgradeAnswers.next(next, recorded.answers(), request.parameters(), prompter);
        Answers answers = resolution.answers();
        List<RenderedFile> theirs = renderer.render(next, answers);
        Provenance nextProvenance = new ProjectGenerator(catalog).provenance(next, answers, theirs);
        Planner planner = new Planner(project, request.conflictStyle(), recorded, nextProvenance);
        BiPredicate<String, String> changed = planner.changedSources(recorded.files());
        Optional<String> degraded = Optional.empty();
        Optional<BaseRender> base;
        try {
            Composition old = sources.base(recorded.blueprints());
            base = Optional.of(BaseRender.of(renderer, old, UpgradeAnswers.base(old, recorded.answers(), answers),
                    changed, recorded.files(), planner::ours));
        } catch (ReleaseNotHeldException e) {
            throw e;
        } catch (ScaffoldException | IllegalArgumentException e) {
            base = Optional.empty();
            degraded = Optional.of(e.getMessage());
        }
        Planner.Result result = planner.plan(base, recorded.files(), theirs);
        return new UpgradePlan(project, recorded, nextProvenance, result.files(), result.changes(), result.stages(),
                result.drift(), degraded, resolution.dropped(), false);
    }
}

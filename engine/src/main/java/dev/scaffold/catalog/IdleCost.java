package dev.scaffold.catalog;

import dev.scaffold.params.Answers;
import dev.scaffold.params.Parameter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Estimates what a project costs a month while no flow runs, from the {@code idleCost:} lines of its
 * manifests: each line that applies to the answers (its {@code when:} holds on the answers, layer flags
 * and derived values, as for template files), times its {@code perUnit} parameter, rounded to cents; the
 * total is the sum of the lines. The figures live in the manifests only; the CLI ({@code list},
 * {@code new --dry-run}, {@code describe}) and {@code serve} all show what this computes.
 */
public final class IdleCost {

    /** The template variable holding the total ({@code 29.66}), so a README states the figure the engine computes. */
    public static final String TEMPLATE_VARIABLE = "idleCostMonthlyUsd";

    private IdleCost() {
    }

    /**
     * @param composition the project blueprint first, then the layers composed onto it (a layer alone is
     *                    estimated for what it adds)
     * @param answers     the resolved answers (defaults applied); derived values and layer flags are computed here
     */
    public static IdleCostEstimate estimate(List<Blueprint> composition, Answers answers) {
        return estimate(composition, composition(composition).templateContext(answers));
    }

    /** The estimate on the values templates see (answers, layer flags, derived values). */
    static IdleCostEstimate estimate(List<Blueprint> composition, Map<String, ?> values) {
        List<IdleCostEstimate.Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);
        for (Blueprint part : composition) {
            for (IdleCostEntry entry : part.idleCost()) {
                Optional<BigDecimal> amount = entry.amount(values);
                if (amount.isPresent()) {
                    lines.add(new IdleCostEstimate.Line(entry.shownItem(values), amount.get()));
                    total = total.add(amount.get());
                }
            }
        }
        return new IdleCostEstimate(total, lines);
    }

    /** The estimate at the blueprints' defaults (a parameter required without a default stays unanswered). */
    public static IdleCostEstimate atDefaults(List<Blueprint> composition) {
        return estimate(composition, defaults(composition));
    }

    /**
     * A catalog's line for one blueprint: {@code about $29.66/month idle at the defaults (list prices, us-east-1)};
     * for a layer, what it adds: {@code adds about $0.00/month ...}.
     */
    public static String summaryAtDefaults(Blueprint blueprint) {
        return (blueprint.kind() == BlueprintKind.LAYER ? "adds about $" : "about $")
                + atDefaults(List.of(blueprint)).monthlyUsd().toPlainString()
                + "/month idle at the defaults (" + IdleCostEstimate.BASIS + ")";
    }

    /** Whether any part declares idle-cost lines; without any, an estimate says nothing (it is not $0). */
    public static boolean declared(List<Blueprint> composition) {
        return composition.stream().anyMatch(part -> !part.idleCost().isEmpty());
    }

    /** The default of every parameter that applies at the defaults before it. */
    static Answers defaults(List<Blueprint> composition) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> seen = new HashMap<>();
        for (Parameter parameter : composition(composition).parameters()) {
            if (!parameter.appliesTo(seen)) {
                continue;
            }
            if (parameter.hasDefault()) {
                values.put(parameter.name(), parameter.defaultValue());
            }
            seen.put(parameter.name(), parameter.hasDefault() ? parameter.defaultValue() : "");
        }
        return new Answers(values);
    }

    private static Composition composition(List<Blueprint> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("an idle-cost estimate needs at least one blueprint");
        }
        List<Blueprint> layers = parts.subList(1, parts.size());
        return new Composition(parts.get(0), layers, layers);
    }
}

package dev.scaffold.cli;

import dev.scaffold.catalog.Blueprint;
import dev.scaffold.catalog.IdleCost;
import dev.scaffold.catalog.IdleCostEntry;
import dev.scaffold.catalog.IdleCostEstimate;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The idle-cost estimate as {@code new --dry-run} and {@code describe} print it. */
final class IdleCostText {

    private IdleCostText() {
    }

    /** {@code Idle cost: about $29.66/month (list prices, us-east-1)}, or nothing when no part declares idle-cost lines. */
    static void summary(PrintWriter out, IdleCostEstimate estimate, List<Blueprint> parts) {
        if (IdleCost.declared(parts)) {
            out.printf("Idle cost: %s%n", estimate.summary());
        }
    }

    /** Every line of a blueprint's {@code idleCost:}, with its arithmetic and its condition, and the total at the defaults. */
    static void lines(PrintWriter out, Blueprint blueprint) {
        if (blueprint.idleCost().isEmpty()) {
            return;
        }
        out.println();
        out.printf("Idle cost (a month while no flow runs, %s), $%s at the defaults:%n", IdleCostEstimate.BASIS,
                IdleCost.atDefaults(List.of(blueprint)).monthlyUsd().toPlainString());
        for (IdleCostEntry entry : blueprint.idleCost()) {
            String amount = entry.perUnit() == null ? "$" + entry.monthlyUsd().setScale(2, RoundingMode.HALF_UP).toPlainString()
                    : "$" + unrounded(entry.monthlyUsd()) + " × " + entry.perUnit();
            out.printf("  %s  %s%s%s%n", amount, entry.item(),
                    entry.arithmetic() == null ? "" : " (" + entry.arithmetic() + ")",
                    entry.when() == null ? "" : "  when " + entry.when());
        }
    }

    /** A unit price as declared, with at least cents: {@code 7.3876}, {@code 32.85}, {@code 3.00}. */
    private static String unrounded(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2, RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }
}

package dev.scaffold.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a composition costs a month while nothing runs: the lines of its manifests' {@code idleCost:} that
 * apply to the answers, and their total, in US dollars at list prices in us-east-1 (see {@link IdleCost}).
 *
 * @param monthlyUsd the total, the sum of the lines (each rounded to cents)
 * @param lines      the lines that apply, in manifest order (base first, then the layers)
 */
public record IdleCostEstimate(BigDecimal monthlyUsd, List<Line> lines) {

    /** Where and how the prices are taken, for every text that shows an estimate. */
    public static final String BASIS = "list prices, us-east-1";

    public IdleCostEstimate {
        lines = List.copyOf(lines);
    }

    /** One resource: what it is and what it costs a month, rounded to cents. */
    public record Line(String item, BigDecimal monthlyUsd) {
    }

    /** The total as people read it: {@code about $29.66/month (list prices, us-east-1)}. */
    public String summary() {
        return "about $" + monthlyUsd.toPlainString() + "/month (" + BASIS + ")";
    }
}

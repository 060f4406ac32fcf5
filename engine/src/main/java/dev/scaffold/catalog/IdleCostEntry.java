package dev.scaffold.catalog;

import dev.scaffold.params.Condition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a manifest's {@code idleCost:}: what a resource costs a month while nothing runs, at list
 * prices, and when the project has it.
 *
 * @param item       what it is, e.g. {@code RDS db.t4g.micro, single-AZ}
 * @param arithmetic how the amount is made, for display ({@code 730 h × $0.016}), or {@code null}
 * @param monthlyUsd US dollars a month (per unit, with {@code perUnit}); unrounded, so that a unit price times a
 *                   count rounds as the arithmetic does
 * @param perUnit    an integer parameter the amount is multiplied by ({@code natGateways}), or {@code null}
 * @param when       when the project has it, or {@code null} for always
 */
public record IdleCostEntry(String item, String arithmetic, BigDecimal monthlyUsd, String perUnit, Condition when) {

    /**
     * What this line costs with the given template values (answers, layer flags, derived values), rounded
     * half-up to cents; empty when the line does not apply: its condition is false, or its unit parameter has
     * no number (it does not apply itself).
     */
    public Optional<BigDecimal> amount(Map<String, ?> values) {
        if (when != null && !when.test(values)) {
            return Optional.empty();
        }
        BigDecimal amount = monthlyUsd;
        if (perUnit != null) {
            Optional<Long> units = units(values);
            if (units.isEmpty()) {
                return Optional.empty();
            }
            amount = amount.multiply(BigDecimal.valueOf(units.get()));
        }
        return Optional.of(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** The value of the unit parameter, when it has a number. */
    public Optional<Long> units(Map<String, ?> values) {
        return perUnit != null && values.get(perUnit) instanceof Number number
                ? Optional.of(number.longValue()) : Optional.empty();
    }

    /** The item as a line shows it: with the count for a per-unit amount ({@code NAT gateway × 2 (natGateways)}). */
    public String shownItem(Map<String, ?> values) {
        return units(values).map(units -> item + " × " + units + " (" + perUnit + ")").orElse(item);
    }
}

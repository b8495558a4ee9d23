package org.jixiao.targeting.port.in;

import java.math.BigDecimal;

/**
 * Targets in force in a subtree and year (Urumqi county 2020: 3,308 indicators, 72.79% quantified):
 * {@code units} distinct units owning one; {@code quantificationRate} = Σ quantitative ÷ Σ indicators × 100.
 */
public record TargetStatistics(long units, long targets, BigDecimal budgetAmount, long indicators,
                               long quantitativeIndicators, BigDecimal quantificationRate) {
}

package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * What a unit reports for one indicator: the completion to date of a quantitative indicator or the achievement of
 * a qualitative one, the expected full-year value, the likelihood of reaching the target, the deviation reason and
 * the corrective measures.
 */
@ValueObject
public record IndicatorFiling(UUID indicatorId, @Nullable BigDecimal actualToDate, @Nullable Achievement achievement,
                              @Nullable String expectedYearEnd, Likelihood likelihood, @Nullable String deviationReason) {
}

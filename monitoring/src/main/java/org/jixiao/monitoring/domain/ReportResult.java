package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.jixiao.monitoring.events.Light;
import org.jixiao.monitoring.events.WarningReason;
import org.jixiao.sharedkernel.Rate;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * What assessing a round computed for one report. Unfiled reports and zero budgets have no execution rate, light
 * or gap; an unfiled report has no indicator lights and no completion rate either.
 *
 * @param indicatorLights in the order of the target's indicators
 * @param gap             |execution rate − target completion rate| in percentage points
 */
@ValueObject
public record ReportResult(@Nullable Rate executionRate, Rate timeProgress, @Nullable Light executionLight,
                           List<Light> indicatorLights, @Nullable Light targetLight,
                           @Nullable Rate targetCompletionRate, @Nullable BigDecimal gap,
                           Set<WarningReason> reasons) {

    public ReportResult {
        indicatorLights = List.copyOf(indicatorLights);
        reasons = Set.copyOf(reasons);
    }

    public boolean warning() {
        return !reasons.isEmpty();
    }
}

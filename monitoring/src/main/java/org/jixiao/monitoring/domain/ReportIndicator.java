package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.util.UUID;

import org.jixiao.monitoring.events.Light;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * An indicator of a report: the target in force as the round's snapshot took it, what the unit reported for it
 * (null until the report is filed) and the light the round's last assessment gave it.
 */
@ValueObject
public record ReportIndicator(UUID indicatorId, Level1 level1, Level2 level2, String name, Operator operator,
                              String targetValue, @Nullable String unit, BigDecimal weight,
                              @Nullable IndicatorFiling filing, @Nullable Light light) {

    /** Filed anew: the light of the last assessment no longer holds. */
    public ReportIndicator withFiling(@Nullable IndicatorFiling filed) {
        return new ReportIndicator(indicatorId, level1, level2, name, operator, targetValue, unit, weight, filed, null);
    }

    /** As the round's last assessment lit it. */
    public ReportIndicator withLight(@Nullable Light assessed) {
        return new ReportIndicator(indicatorId, level1, level2, name, operator, targetValue, unit, weight, filing,
                assessed);
    }

    /** What the rules light: the target beside the value so far. */
    IndicatorProgress progress(IndicatorFiling filed) {
        return operator.isQuantitative()
                ? IndicatorProgress.quantitative(operator, new BigDecimal(targetValue), weight,
                        java.util.Objects.requireNonNull(filed.actualToDate()))
                : IndicatorProgress.qualitative(weight, java.util.Objects.requireNonNull(filed.achievement()));
    }
}

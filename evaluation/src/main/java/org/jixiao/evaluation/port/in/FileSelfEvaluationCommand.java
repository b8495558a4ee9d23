package org.jixiao.evaluation.port.in;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jixiao.evaluation.domain.AchievementBand;
import org.jspecify.annotations.Nullable;

/**
 * A unit's self-evaluation of one target: the adjusted budget and the amount executed in the year, and for every
 * indicator of the target its actual value (a plain decimal for a quantitative indicator, text for a qualitative
 * one) or, for a qualitative one, the band and the score inside it in percent of the indicator's points.
 */
public record FileSelfEvaluationCommand(UUID targetId, BigDecimal budgetAmount, BigDecimal executedAmount,
                                        List<Line> indicators) {

    public FileSelfEvaluationCommand {
        indicators = List.copyOf(indicators);
    }

    public record Line(UUID indicatorId, @Nullable String actualValue, @Nullable AchievementBand achievement,
                       @Nullable BigDecimal score, @Nullable String deviationReason) {
    }
}

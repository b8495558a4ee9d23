package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

import org.jixiao.sharedkernel.InvalidValueException;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Operator;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of a target at year end beside what the evaluation enters for it: the actual value of a
 * quantitative indicator, or the band and the score inside it (percent of the indicator's points) of a qualitative
 * one. Negative actual values and scores outside their band are rejected.
 *
 * @param targetValue the target of a quantitative indicator, null for a qualitative one
 */
@ValueObject
public record IndicatorEntry(UUID indicatorId, Level1 level1, Operator operator, @Nullable BigDecimal targetValue,
                             BigDecimal weight, @Nullable BigDecimal actualValue, @Nullable AchievementBand achievement,
                             @Nullable BigDecimal percent) {

    public IndicatorEntry {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(weight, "weight");
        if (operator.isQuantitative()) {
            Objects.requireNonNull(targetValue, "targetValue");
            if (actualValue == null) {
                throw new InvalidValueException("evaluation.actualRequired", indicatorId);
            }
            if (actualValue.signum() < 0) {
                throw new InvalidValueException("evaluation.negativeActual", indicatorId, actualValue);
            }
        } else {
            if (achievement == null || percent == null) {
                throw new InvalidValueException("evaluation.achievementRequired", indicatorId);
            }
            if (!achievement.allows(percent)) {
                throw new InvalidValueException("evaluation.scoreOutsideBand", indicatorId, percent,
                        achievement.name(), achievement.lowest(), achievement.highest());
            }
        }
    }

    public static IndicatorEntry quantitative(UUID indicatorId, Level1 level1, Operator operator,
            BigDecimal targetValue, BigDecimal weight, BigDecimal actualValue) {
        return new IndicatorEntry(indicatorId, level1, operator, targetValue, weight, actualValue, null, null);
    }

    public static IndicatorEntry qualitative(UUID indicatorId, Level1 level1, BigDecimal weight,
            AchievementBand achievement, BigDecimal percent) {
        return new IndicatorEntry(indicatorId, level1, Operator.QUALITATIVE, null, weight, null, achievement, percent);
    }

    public Block block() {
        return Block.of(level1);
    }

    BigDecimal target() {
        return Objects.requireNonNull(targetValue, "targetValue");
    }

    BigDecimal actual() {
        return Objects.requireNonNull(actualValue, "actualValue");
    }
}

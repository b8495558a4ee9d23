package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

import org.jixiao.sharedkernel.InvalidValueException;
import org.jixiao.targeting.events.Operator;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of a report: the target in force (operator, target value, weight) beside what the unit reported
 * so far — the completion to date of a quantitative indicator, the achievement of a qualitative one.
 *
 * @param targetValue  the annual target of a quantitative indicator, null for a qualitative one
 * @param actualToDate the completion to date of a quantitative indicator, null for a qualitative one
 * @param achievement  the achievement of a qualitative indicator, null for a quantitative one
 */
@ValueObject
public record IndicatorProgress(Operator operator, @Nullable BigDecimal targetValue, BigDecimal weight,
                                @Nullable BigDecimal actualToDate, @Nullable Achievement achievement) {

    public IndicatorProgress {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(weight, "weight");
        if (operator.isQuantitative() && (targetValue == null || actualToDate == null)) {
            throw new InvalidValueException("indicator.actualRequired");
        }
        if (!operator.isQuantitative() && achievement == null) {
            throw new InvalidValueException("indicator.achievementRequired");
        }
    }

    public static IndicatorProgress quantitative(Operator operator, BigDecimal targetValue, BigDecimal weight,
            BigDecimal actualToDate) {
        return new IndicatorProgress(operator, targetValue, weight, actualToDate, null);
    }

    public static IndicatorProgress qualitative(BigDecimal weight, Achievement achievement) {
        return new IndicatorProgress(Operator.QUALITATIVE, null, weight, null, achievement);
    }

    BigDecimal target() {
        return Objects.requireNonNull(targetValue, "targetValue");
    }

    BigDecimal actual() {
        return Objects.requireNonNull(actualToDate, "actualToDate");
    }

    /** Whether the value so far already satisfies the comparison, for the targets a pace cannot be taken of. */
    boolean holds() {
        int c = actual().compareTo(target());
        return switch (operator) {
            case GE -> c >= 0;
            case GT -> c > 0;
            case EQ -> c == 0;
            case LE -> c <= 0;
            case LT -> c < 0;
            case QUALITATIVE -> throw new IllegalStateException("qualitative");
        };
    }

    /** ＝ 0 ("no accident"): met only while the value stays at or below zero. */
    boolean isEqualToZero() {
        return operator == Operator.EQ && target().signum() == 0;
    }
}

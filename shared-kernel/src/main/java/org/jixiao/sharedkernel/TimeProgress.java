package org.jixiao.sharedkernel;

import java.math.BigDecimal;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Time progress (时间进度) of a month-end cut-off: the share of the fiscal year gone by, cut-off month ÷ 12.
 * May → 41.67%, September → 75.00%, December → 100.00%.
 */
@ValueObject
public record TimeProgress(int cutoffMonth) {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    public TimeProgress {
        if (cutoffMonth < 1 || cutoffMonth > 12) {
            throw new InvalidValueException("cutoffMonth.outOfRange", cutoffMonth);
        }
    }

    public static TimeProgress atEndOf(int cutoffMonth) {
        return new TimeProgress(cutoffMonth);
    }

    /** The unrounded fraction of the year, for further computation (9 → 0.75). */
    public BigDecimal fraction() {
        return Rounding.divide(BigDecimal.valueOf(cutoffMonth), MONTHS);
    }

    /** The unrounded percentage (5 → 41.666…), for ratios such as execution rate ÷ time progress. */
    public BigDecimal percent() {
        return Rounding.percent(BigDecimal.valueOf(cutoffMonth), MONTHS);
    }

    /** The percentage as shown, rounded once (5 → 41.67). */
    public Rate rate() {
        return Rate.of(percent());
    }
}

package org.jixiao.sharedkernel;

import java.math.BigDecimal;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A percentage with two decimals (72.79 means 72.79%). Rates may exceed 100 (execution over budget) but are
 * never negative. Created from an unrounded value and rounded once, half-up.
 */
@ValueObject
public record Rate(BigDecimal percent) implements Comparable<Rate> {

    public static final Rate ZERO = new Rate(BigDecimal.ZERO);
    public static final Rate HUNDRED = new Rate(BigDecimal.valueOf(100));

    public Rate {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0) {
            throw new InvalidValueException("rate.negative", percent.toPlainString());
        }
        percent = Rounding.round(percent);
    }

    /** Rounds an unrounded percentage half-up to two decimals (the last step). */
    public static Rate of(BigDecimal percent) {
        return new Rate(percent);
    }

    /** {@code part ÷ whole × 100}, rounded once; the whole must be positive. */
    public static Rate ratio(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            throw new InvalidValueException("rate.zeroWhole");
        }
        return new Rate(Rounding.percent(part, whole));
    }

    /** {@code count ÷ total × 100}, rounded once; the total must be positive. */
    public static Rate ratio(long count, long total) {
        return ratio(BigDecimal.valueOf(count), BigDecimal.valueOf(total));
    }

    /** The absolute difference in percentage points, e.g. |40.00 − 70.00| = 30.00. */
    public BigDecimal pointsFrom(Rate other) {
        return percent.subtract(other.percent).abs();
    }

    public boolean isBelow(BigDecimal threshold) {
        return percent.compareTo(threshold) < 0;
    }

    @Override
    public int compareTo(Rate other) {
        return percent.compareTo(other.percent);
    }

    /** {@code 72.79%}. */
    public String format() {
        return percent.toPlainString() + "%";
    }

    @Override
    public String toString() {
        return percent.toPlainString();
    }
}

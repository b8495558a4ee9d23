package org.jixiao.sharedkernel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The rounding policy of DOMAIN.md ("Money and numbers") in one place.
 * <p>
 * Money, rates, scores and averages carry two decimals and are rounded <em>once</em>, half-up, at the last step.
 * Intermediate quotients keep {@link #INTERMEDIATE} precision so that a rate is computed from unrounded sums
 * (Σ executed ÷ Σ budget, never a mean of rates) and a threshold compares the rounded figure.
 */
public final class Rounding {

    /** Decimals of money (元), rates, percentages and scores. */
    public static final int SCALE = 2;

    /** Precision of unrounded intermediate results (34 significant digits). */
    public static final MathContext INTERMEDIATE = MathContext.DECIMAL128;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rounding() {
    }

    /** The last step: half-up to two decimals. */
    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** An unrounded quotient for further computation; the divisor must not be zero. */
    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        if (divisor.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return dividend.divide(divisor, INTERMEDIATE);
    }

    /** {@code part ÷ whole × 100}, unrounded; the whole must not be zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return divide(part.multiply(HUNDRED), whole);
    }

    /** True when {@code value} has no more than two decimals once trailing zeros are ignored. */
    public static boolean hasAtMostTwoDecimals(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= SCALE;
    }
}

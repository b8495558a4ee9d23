package org.jixiao.sharedkernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An amount of money in 元, exact to the 分: always scale 2, never a floating-point number.
 * <p>
 * Input with more than two decimals is rejected, not rounded. Products with a factor (a cut percentage) are
 * rounded half-up once, at the last step. Reports show 万元 and 亿元 with two decimals.
 */
@ValueObject
public record Money(BigDecimal yuan) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    public Money {
        Decimals.requireBounded(Objects.requireNonNull(yuan, "yuan"));
        if (!Rounding.hasAtMostTwoDecimals(yuan)) {
            throw new InvalidValueException("money.tooManyDecimals", yuan.toPlainString());
        }
        yuan = yuan.setScale(Rounding.SCALE, RoundingMode.UNNECESSARY);
    }

    public static Money of(BigDecimal yuan) {
        return new Money(yuan);
    }

    /** Parses a plain decimal such as {@code "1234567.89"}. */
    public static Money of(String yuan) {
        try {
            return new Money(new BigDecimal(yuan.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("money.notANumber", yuan);
        }
    }

    /** Exact sum; an empty sum is zero. */
    public static Money sum(Iterable<Money> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (Money amount : amounts) {
            total = total.add(amount.yuan);
        }
        return new Money(total);
    }

    public Money plus(Money other) {
        return new Money(yuan.add(other.yuan));
    }

    public Money minus(Money other) {
        return new Money(yuan.subtract(other.yuan));
    }

    /** This amount times a factor, rounded half-up to the 分 (the last step). */
    public Money times(BigDecimal factor) {
        return new Money(Rounding.round(yuan.multiply(factor)));
    }

    /** This amount reduced by {@code percent} percent (10 → 90% of it), rounded half-up to the 分. */
    public Money lessPercent(BigDecimal percent) {
        return times(Rounding.divide(BigDecimal.valueOf(100).subtract(percent), BigDecimal.valueOf(100)));
    }

    /** This amount as a percentage of {@code whole}, rounded once; the whole must not be zero. */
    public Rate percentOf(Money whole) {
        if (whole.isZero()) {
            throw new InvalidValueException("money.zeroWhole");
        }
        return Rate.of(Rounding.percent(yuan, whole.yuan));
    }

    public boolean isZero() {
        return yuan.signum() == 0;
    }

    public boolean isNegative() {
        return yuan.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return yuan.compareTo(other.yuan);
    }

    /** {@code 1,234,567.89元}. */
    public String format() {
        return grouped(yuan) + "元";
    }

    /** In 万元 with two decimals, half-up: {@code 400,341,900.00} → {@code 40,034.19万元}. */
    public String formatWan() {
        return grouped(Rounding.round(Rounding.divide(yuan, TEN_THOUSAND))) + "万元";
    }

    /** In 亿元 with two decimals, half-up: {@code 1,207,000,000.00} → {@code 12.07亿元}. */
    public String formatYi() {
        return grouped(Rounding.round(Rounding.divide(yuan, HUNDRED_MILLION))) + "亿元";
    }

    private static String grouped(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}

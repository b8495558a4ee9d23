package org.jixiao.sharedkernel;

import java.math.BigDecimal;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A score from 0 to 100 with two decimals. Input scores with more decimals are rejected; computed scores are
 * rounded half-up once with {@link #rounded(BigDecimal)}, and a total is the sum of already rounded parts.
 */
@ValueObject
public record Score(BigDecimal points) implements Comparable<Score> {

    public static final Score ZERO = new Score(BigDecimal.ZERO);
    public static final Score MAX = new Score(BigDecimal.valueOf(100));

    public Score {
        Decimals.requireBounded(Objects.requireNonNull(points, "points"));
        if (!Rounding.hasAtMostTwoDecimals(points)) {
            throw new InvalidValueException("score.tooManyDecimals", points.toPlainString());
        }
        if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidValueException("score.outOfRange", points.toPlainString());
        }
        points = points.setScale(Rounding.SCALE);
    }

    /** An input score, exact: {@code "89.99"}. */
    public static Score of(String points) {
        try {
            return new Score(new BigDecimal(points.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("score.notANumber", points);
        }
    }

    public static Score of(BigDecimal points) {
        return new Score(points);
    }

    /** A computed score: rounded half-up to two decimals (the last step). */
    public static Score rounded(BigDecimal points) {
        return new Score(Rounding.round(points));
    }

    /** The mean of scores, computed from the unrounded sum and rounded once. */
    public static Score mean(Iterable<Score> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        for (Score score : scores) {
            sum = sum.add(score.points);
            count++;
        }
        if (count == 0) {
            throw new InvalidValueException("score.meanOfNothing");
        }
        return rounded(Rounding.divide(sum, BigDecimal.valueOf(count)));
    }

    public boolean isAtLeast(BigDecimal bound) {
        return points.compareTo(bound) >= 0;
    }

    @Override
    public int compareTo(Score other) {
        return points.compareTo(other.points);
    }

    @Override
    public String toString() {
        return points.toPlainString();
    }
}

package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.InvalidValueException;
import org.jixiao.sharedkernel.Rounding;
import org.jixiao.sharedkernel.Score;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The weights and scores of a department or key evaluation over the framework DECISION / PROCESS / OUTPUT /
 * BENEFIT (DOMAIN.md "Evaluation", CONTRACT.md {@code POST /api/v1/evaluations/key}): every dimension weighted, the
 * weights summing to 100 with OUTPUT + BENEFIT at least 60, every score between 0 and its weight, all with at most
 * two decimals. The score is the sum of the four, graded by the bands in force.
 */
@ValueObject
public record FrameworkScores(Map<FrameworkDimension, BigDecimal> weights, Map<FrameworkDimension, BigDecimal> scores) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    public FrameworkScores {
        weights = complete("weights", weights);
        scores = complete("scores", scores);
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal weight : weights.values()) {
            sum = sum.add(weight);
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new InvalidValueException("framework.weightsNotHundred", sum);
        }
        BigDecimal results = of(weights, FrameworkDimension.OUTPUT).add(of(weights, FrameworkDimension.BENEFIT));
        if (results.compareTo(SIXTY) < 0) {
            throw new InvalidValueException("framework.resultsBelowSixty", results);
        }
        for (FrameworkDimension d : FrameworkDimension.values()) {
            if (of(scores, d).compareTo(of(weights, d)) > 0) {
                throw new InvalidValueException("framework.scoreAboveWeight", d.name(), of(scores, d), of(weights, d));
            }
        }
    }

    /** The four dimensions, each present once, not negative and with at most two decimals, in framework order. */
    private static Map<FrameworkDimension, BigDecimal> complete(String what, Map<FrameworkDimension, BigDecimal> given) {
        Objects.requireNonNull(given, what);
        Map<FrameworkDimension, BigDecimal> all = new EnumMap<>(FrameworkDimension.class);
        for (FrameworkDimension d : FrameworkDimension.values()) {
            BigDecimal value = given.get(d);
            if (value == null) {
                throw new InvalidValueException("framework.dimensionMissing", what, d.name());
            }
            if (value.signum() < 0 || !Rounding.hasAtMostTwoDecimals(value)) {
                throw new InvalidValueException("framework.badValue", what, d.name(), value);
            }
            all.put(d, Rounding.round(value));
        }
        return Collections.unmodifiableMap(all);
    }

    private static BigDecimal of(Map<FrameworkDimension, BigDecimal> values, FrameworkDimension d) {
        return Objects.requireNonNull(values.get(d), d.name());
    }

    /** The sum of the four scores. */
    public BigDecimal score() {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal s : scores.values()) {
            sum = sum.add(s);
        }
        return sum;
    }

    public Grade grade(GradeBands bands) {
        return bands.gradeOf(Score.of(score()));
    }
}

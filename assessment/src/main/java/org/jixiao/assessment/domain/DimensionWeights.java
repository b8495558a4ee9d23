package org.jixiao.assessment.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.jixiao.sharedkernel.InvalidValueException;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The most points each dimension can give (rule {@code assessment.weights}); no national weights exist, so the
 * default is 20 each. The weights sum to 100, so a sheet's total is a score out of 100.
 */
@ValueObject
public record DimensionWeights(Map<Dimension, BigDecimal> points) {

    public static final DimensionWeights NATIONAL_DEFAULT = equal();

    public DimensionWeights {
        EnumMap<Dimension, BigDecimal> copy = new EnumMap<>(Dimension.class);
        copy.putAll(points);
        if (copy.size() != Dimension.values().length) {
            throw new InvalidValueException("assessment.weightsIncomplete");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal weight : copy.values()) {
            if (weight.signum() < 0) {
                throw new InvalidValueException("assessment.weightNegative", weight);
            }
            sum = sum.add(weight);
        }
        if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new InvalidValueException("rule.sumNotHundred", sum.toPlainString());
        }
        points = Map.copyOf(copy);
    }

    public BigDecimal of(Dimension dimension) {
        return points.get(dimension);
    }

    private static DimensionWeights equal() {
        Map<Dimension, BigDecimal> points = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            points.put(dimension, BigDecimal.valueOf(20));
        }
        return new DimensionWeights(points);
    }
}

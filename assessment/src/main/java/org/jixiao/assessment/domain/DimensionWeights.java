package org.jixiao.assessment.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jixiao.sharedkernel.InvalidValueException;
import org.jixiao.sharedkernel.rules.RuleKey;
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
        for (BigDecimal weight : copy.values()) {
            if (weight.signum() < 0) {
                throw new InvalidValueException("assessment.weightNegative", weight);
            }
        }
        RuleKey.requireSumOfHundred(copy.values());
        points = Map.copyOf(copy);
    }

    /** The weights of the rule's JSON, by dimension name. */
    public static DimensionWeights ofNames(Map<String, BigDecimal> points) {
        Map<Dimension, BigDecimal> byDimension = new EnumMap<>(Dimension.class);
        points.forEach((name, value) -> byDimension.put(Dimension.valueOf(name), value));
        return new DimensionWeights(byDimension);
    }

    /** The weights by dimension name, in the dimensions' order. */
    public Map<String, BigDecimal> byName() {
        Map<String, BigDecimal> byName = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            byName.put(dimension.name(), of(dimension));
        }
        return byName;
    }

    public BigDecimal of(Dimension dimension) {
        return Objects.requireNonNull(points.get(dimension)); // the constructor requires every dimension
    }

    private static DimensionWeights equal() {
        Map<Dimension, BigDecimal> points = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            points.put(dimension, BigDecimal.valueOf(20));
        }
        return new DimensionWeights(points);
    }
}

package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jixiao.sharedkernel.rules.RuleKey;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The points of the four blocks of a self-evaluation (rule {@code evaluation.blockPoints}), summing to 100.
 * Default 10 / 50 / 30 / 10; a region without a satisfaction survey gives its points to benefit (10 / 50 / 40 / 0).
 */
@ValueObject
public record BlockPoints(BigDecimal execution, BigDecimal output, BigDecimal benefit, BigDecimal satisfaction) {

    public static final BlockPoints NATIONAL_DEFAULT = new BlockPoints(BigDecimal.valueOf(10), BigDecimal.valueOf(50),
            BigDecimal.valueOf(30), BigDecimal.valueOf(10));

    public BlockPoints {
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(satisfaction, "satisfaction");
        RuleKey.requireSumOfHundred(List.of(execution, output, benefit, satisfaction));
    }

    /** The points of the rule's JSON, by block name. */
    public static BlockPoints ofNames(Map<String, BigDecimal> points) {
        return new BlockPoints(RuleKey.entry(points, "EXECUTION"), RuleKey.entry(points, "OUTPUT"),
                RuleKey.entry(points, "BENEFIT"), RuleKey.entry(points, "SATISFACTION"));
    }

    /** The points by block name. */
    public Map<String, BigDecimal> byName() {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        points.put("EXECUTION", execution);
        points.put("OUTPUT", output);
        points.put("BENEFIT", benefit);
        points.put("SATISFACTION", satisfaction);
        return points;
    }
}

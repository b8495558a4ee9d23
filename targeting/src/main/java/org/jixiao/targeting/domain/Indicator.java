package org.jixiao.targeting.domain;

import java.math.BigDecimal;
import java.util.UUID;

import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A level-3 indicator (三级指标): the concrete measure of this target under its level 1 and level 2. Its id is
 * assigned once and kept through edits and adjustments, so monitoring and evaluation can refer to it.
 *
 * @param targetValue a plain decimal in {@code unit} for quantitative indicators, a text for qualitative ones
 * @param weight      relative (no sum is required), never negative
 */
@ValueObject
public record Indicator(UUID id, Level1 level1, Level2 level2, String name, Operator operator, String targetValue,
                        String unit, Basis basis, BigDecimal weight) {

    public boolean isQuantitative() {
        return operator.isQuantitative();
    }
}

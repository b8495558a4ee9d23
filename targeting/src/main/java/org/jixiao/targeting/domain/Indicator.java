package org.jixiao.targeting.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * A level-3 indicator (三级指标): the concrete measure of this target under its level 1 and level 2. Its id is
 * assigned once and kept through edits and adjustments, so monitoring and evaluation can refer to it.
 *
 * @param id          null until the target identifies it ({@link TargetContent#identifiedAgainst})
 * @param targetValue a plain decimal in {@code unit} for quantitative indicators, a text for qualitative ones
 * @param weight      relative (no sum is required), never negative
 */
@ValueObject
public record Indicator(@Nullable UUID id, Level1 level1, Level2 level2, String name, Operator operator, @Nullable String targetValue,
                        @Nullable String unit, Basis basis, BigDecimal weight) {

    /** The id the target gave it; every indicator of a drafted or stored target has one. */
    public UUID assignedId() {
        return Objects.requireNonNull(id, "an indicator the target has not identified");
    }

    /** The target value; {@link TargetContent#check()} refuses an indicator without one. */
    public String checkedValue() {
        return Objects.requireNonNull(targetValue, "an indicator the target has not checked");
    }

    public boolean isQuantitative() {
        return operator.isQuantitative();
    }
}

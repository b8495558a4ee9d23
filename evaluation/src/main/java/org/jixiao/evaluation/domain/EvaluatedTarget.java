package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetKind;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * A target in force as evaluation's copy holds it: the yardstick of its self-evaluation, at one revision.
 *
 * @param region the region the unit belongs to
 */
@ValueObject
public record EvaluatedTarget(UUID targetId, int revision, FiscalYear fiscalYear, TargetKind kind, RegionCode region,
                              String unitCode, OrgPath unitPath, @Nullable String departmentCode,
                              @Nullable String projectCode, String projectName, Money approvedBudget,
                              List<Indicator> indicators) {

    public EvaluatedTarget {
        Objects.requireNonNull(targetId, "targetId");
        indicators = List.copyOf(indicators);
    }

    /**
     * An indicator in force. {@code targetNumber} is the target value of a quantitative indicator as a number,
     * null for a qualitative one, whose {@code targetValue} is text.
     */
    public record Indicator(UUID indicatorId, Level1 level1, Level2 level2, String name, Operator operator,
                            String targetValue, @Nullable BigDecimal targetNumber, @Nullable String unit,
                            BigDecimal weight) {
    }
}

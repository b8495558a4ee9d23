package org.jixiao.targeting.port.in;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jixiao.targeting.domain.Basis;
import org.jixiao.targeting.events.BudgetCategory;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jspecify.annotations.Nullable;

/**
 * The editable content of a target; an indicator's {@code id} is null for a new one and kept for an existing one.
 * An indicator naming a {@code libraryId} takes level 1 and 2, name, operator and unit from that library entry
 * where it leaves them empty. {@code requiresAssessment} left out (null) keeps what the target had (false for a
 * new one), so an edit that does not mention the flag never clears it.
 */
public record TargetContentCommand(String projectName, BudgetCategory budgetCategory, FundSource fundSource,
                                   BigDecimal budgetAmount, @Nullable String overallGoal, @Nullable String annualGoal,
                                   @Nullable Boolean requiresAssessment, List<IndicatorCommand> indicators) {

    public record IndicatorCommand(@Nullable UUID id, @Nullable UUID libraryId, @Nullable Level1 level1, @Nullable Level2 level2, @Nullable String name,
                                   @Nullable Operator operator, @Nullable String targetValue, @Nullable String unit, Basis basis, BigDecimal weight) {
    }
}

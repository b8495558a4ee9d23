package org.jixiao.targeting.port.in;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jixiao.targeting.events.BudgetCategory;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetKind;
import org.jspecify.annotations.Nullable;

/** A published target as the public sees it: goals, budget and indicators; nothing internal (no reviews, no accounts). */
public record PublicTarget(UUID id, int fiscalYear, TargetKind kind, String unitCode, @Nullable String unitName,
                           String regionCode, @Nullable String projectCode, String projectName, BudgetCategory budgetCategory,
                           FundSource fundSource, BigDecimal budgetAmount, @Nullable String overallGoal, @Nullable String annualGoal,
                           int revision, List<PublicIndicator> indicators) {

    /** The same target with the unit's current name (the organisation tree is the platform's, not targeting's). */
    public PublicTarget withUnitName(@Nullable String name) {
        return new PublicTarget(id, fiscalYear, kind, unitCode, name, regionCode, projectCode, projectName,
                budgetCategory, fundSource, budgetAmount, overallGoal, annualGoal, revision, indicators);
    }

    public record PublicIndicator(Level1 level1, Level2 level2, String name, Operator operator, String targetValue,
                                  @Nullable String unit) {
    }
}

package org.jixiao.targeting.port.in;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.targeting.events.BudgetCategory;
import org.jixiao.targeting.events.FundSource;
import org.jspecify.annotations.Nullable;

/** One revision of a target (0, then one per adjustment), every one kept and readable. */
public record TargetRevisionView(int revision, boolean inForce, boolean published, @Nullable String adjustmentReason,
                                 String projectName, BudgetCategory budgetCategory, FundSource fundSource,
                                 BigDecimal budgetAmount, @Nullable String overallGoal, @Nullable String annualGoal,
                                 BigDecimal quantificationRate, List<TargetView.IndicatorView> indicators) {
}

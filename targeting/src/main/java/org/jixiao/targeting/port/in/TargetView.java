package org.jixiao.targeting.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jixiao.sharedkernel.Grade;
import org.jixiao.targeting.domain.Basis;
import org.jixiao.targeting.domain.ReviewCriterion;
import org.jixiao.targeting.domain.ReviewDecision;
import org.jixiao.targeting.domain.Reviewer;
import org.jixiao.targeting.domain.TargetStatus;
import org.jixiao.targeting.events.BudgetCategory;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetKind;
import org.jspecify.annotations.Nullable;

/** A target as the API shows it; indicators in the order sent, with their stable ids. */
public record TargetView(UUID id, int fiscalYear, TargetKind kind, String unitCode, String regionCode,
                         @Nullable String departmentCode, @Nullable String projectCode, String projectName, BudgetCategory budgetCategory,
                         FundSource fundSource, BigDecimal budgetAmount, @Nullable String overallGoal, @Nullable String annualGoal,
                         boolean requiresAssessment, TargetStatus status, boolean barred, int revision,
                         @Nullable Integer inForceRevision, @Nullable Integer publishedRevision, @Nullable String adjustmentReason, @Nullable Reviewer awaiting, BigDecimal quantificationRate,
                         List<IndicatorView> indicators, List<ReviewView> reviews, Instant createdAt, long version) {

    public record IndicatorView(UUID id, Level1 level1, Level2 level2, String name, Operator operator,
                                String targetValue, @Nullable String unit, Basis basis, BigDecimal weight) {
    }

    public record ReviewView(Reviewer stage, String reviewer, ReviewDecision decision, Grade grade,
                             Map<ReviewCriterion, String> criteria, @Nullable String comments, TargetStatus resultingStatus,
                             int revision, Instant reviewedAt) {
    }
}

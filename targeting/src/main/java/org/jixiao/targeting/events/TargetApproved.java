package org.jixiao.targeting.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.sharedkernel.events.StageEvent;
import org.jspecify.annotations.Nullable;

/**
 * Finance approved (批复) a revision of a target: from now on it is the yardstick, replacing the revision that was
 * in force before when this is an adjustment (调整). One event for either: {@link #isAdjustment()} tells them apart.
 * Carries everything monitoring and evaluation keep of a target in force, including the indicators with their
 * stable ids. A consumer keys its copy on (target id, revision); the header's aggregate is the target.
 *
 * @param revision         the revision now in force
 * @param replacedRevision the revision in force until now, null on the first approval
 * @param departmentCode   the owning unit's department, null for a unit directly under a region
 * @param projectCode      null for an overall-expenditure target
 */
public record TargetApproved(EventHeader header, int revision, @Nullable Integer replacedRevision, TargetKind kind,
                             @Nullable String departmentCode, @Nullable String projectCode, String projectName,
                             BudgetCategory budgetCategory, FundSource fundSource, BigDecimal budgetAmount,
                             List<ApprovedIndicator> indicators) implements StageEvent {

    public TargetApproved {
        indicators = List.copyOf(indicators);
    }

    /** True when this approval replaces a revision that was in force (an adjustment), false on the first one. */
    public boolean isAdjustment() {
        return replacedRevision != null;
    }

    /** An indicator in force. {@code targetValue} is a plain decimal for quantitative operators, else text. */
    public record ApprovedIndicator(UUID id, Level1 level1, Level2 level2, String name, Operator operator,
                                    String targetValue, @Nullable String unit, BigDecimal weight) {
    }
}

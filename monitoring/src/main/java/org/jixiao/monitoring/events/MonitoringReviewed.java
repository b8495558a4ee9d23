package org.jixiao.monitoring.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.sharedkernel.events.StageEvent;
import org.jspecify.annotations.Nullable;

/**
 * Finance reviewed a monitoring report (审核): its score and the action it decided, for result application (a
 * rectification for RECTIFY and SUSPEND_FUNDING, money for ADJUST_BUDGET and RECALL_FUNDS). Finance may review a
 * report again until the round is over; every review publishes one event, and the later one (the higher
 * {@code header.aggregateVersion} of the same report) replaces the earlier. The header's aggregate is the report,
 * identified by {@code reportId} (a name-based UUID of round and target); its unit is the target's unit.
 *
 * @param cutoffMonth   the round's cut-off (end of that month)
 * @param budgetAmount  the adjusted full-year budget the unit reported
 * @param amount        the money cut or recalled; null unless the action moves money
 * @param warning       whether the round's last assessment flagged the report, null when it was not assessed
 * @param reasons       the warning's reasons, empty when there is none
 */
public record MonitoringReviewed(EventHeader header, UUID reportId, UUID roundId, UUID targetId, int cutoffMonth,
                                 @Nullable String departmentCode, @Nullable String projectCode, String projectName,
                                 BigDecimal budgetAmount, BigDecimal executedAmount, BigDecimal score,
                                 ReviewAction action, @Nullable BigDecimal amount, @Nullable String opinion,
                                 @Nullable Boolean warning, List<WarningReason> reasons) implements StageEvent {

    public MonitoringReviewed {
        reasons = List.copyOf(reasons);
    }
}

package org.jixiao.monitoring.port.in;

import java.math.BigDecimal;
import java.util.UUID;

import org.jixiao.monitoring.events.ReviewAction;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/**
 * Finance reviews filed monitoring reports in its region — a score, an opinion and an action, published for result
 * application — and a unit's department adds its opinion, which holds nothing up.
 */
@PrimaryPort
public interface ReviewReportUseCase {

    /** Finance's review; a stale {@code expectedVersion} is a 409. */
    ReportView review(UUID roundId, UUID targetId, ReviewCommand review, @Nullable Long expectedVersion);

    /** The department's opinion on a report of one of its units; a stale {@code expectedVersion} is a 409. */
    ReportView addDepartmentOpinion(UUID roundId, UUID targetId, String opinion, @Nullable Long expectedVersion);

    /** @param amount the money ADJUST_BUDGET cuts or RECALL_FUNDS recalls, in 元; null for the other actions */
    record ReviewCommand(BigDecimal score, @Nullable String opinion, ReviewAction action, @Nullable BigDecimal amount) {
    }
}

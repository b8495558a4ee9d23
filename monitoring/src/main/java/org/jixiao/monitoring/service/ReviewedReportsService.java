package org.jixiao.monitoring.service;

import java.util.List;

import org.jixiao.monitoring.api.ReviewedReports;
import org.jixiao.monitoring.events.MonitoringReviewed;
import org.jixiao.monitoring.port.out.RoundResults;
import org.jixiao.sharedkernel.access.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reviewed reports for a later stage's projection: a keyset page over the reports, in an explicit scope. */
@Service
class ReviewedReportsService implements ReviewedReports {

    private final RoundResults results;

    ReviewedReportsService(RoundResults results) {
        this.results = results;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MonitoringReviewed> after(Scope scope, @Nullable MonitoringReviewed after, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit " + limit + " is not 1–" + MAX_PAGE);
        }
        return results.reviewed(scope, after == null ? null : after.roundId(),
                after == null ? null : after.targetId(), limit);
    }
}

package org.jixiao.monitoring.api;

import java.util.List;

import org.jixiao.monitoring.events.MonitoringReviewed;
import org.jixiao.sharedkernel.access.Scope;
import org.jspecify.annotations.Nullable;

/**
 * The reviewed monitoring reports, for a later stage to fill or rebuild its own copy without a request: each as the
 * {@link MonitoringReviewed} event of its latest review, so one listener method serves both. A replayed review has a
 * stable event id (derived from the report and its version), {@code occurredAt} the time of the review, and the
 * report's version as its aggregate version.
 */
public interface ReviewedReports {

    /** The most a page holds. */
    int MAX_PAGE = 1000;

    /**
     * Up to {@code limit} (1–{@value #MAX_PAGE}) reviewed reports in {@code scope}, ordered by round and target,
     * after the report of {@code after} (null: from the first). An empty list is the end.
     */
    List<MonitoringReviewed> after(Scope scope, @Nullable MonitoringReviewed after, int limit);
}

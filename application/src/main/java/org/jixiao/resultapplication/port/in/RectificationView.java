package org.jixiao.resultapplication.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jixiao.resultapplication.domain.Rectification;
import org.jixiao.resultapplication.domain.RectificationSource;
import org.jixiao.resultapplication.domain.RectificationStatus;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jspecify.annotations.Nullable;

/**
 * A rectification task as the API shows it.
 *
 * @param fiscalYear   the fiscal year of its source
 * @param sourceKey    the source within its kind: the evaluated target, the monitoring report, or spot check and
 *                     target ("{spotCheckId}/{targetId}")
 * @param status       OPEN, RESPONDED or VERIFIED, and OVERDUE for an OPEN or RESPONDED task past its deadline
 * @param overdue      past the end of the deadline day (Asia/Shanghai) and not verified
 * @param deadlineRule the rule application.rectificationDays the deadline applied
 */
public record RectificationView(UUID id, RectificationSource source, String sourceKey, int fiscalYear,
                                String regionCode, String unitCode, @Nullable String departmentCode, UUID targetId,
                                @Nullable String projectCode, String projectName, String problem, LocalDate openedOn,
                                LocalDate deadline, RectificationStatus status, boolean overdue,
                                List<Rectification.Response> responses, List<Rectification.Verification> verifications,
                                AppliedRule deadlineRule, long version) {

    public static RectificationView of(Rectification rectification, Instant now) {
        return of(rectification, rectification.version(), now);
    }

    /** The view of a task just saved at {@code version}. */
    public static RectificationView of(Rectification rectification, long version, Instant now) {
        Rectification.Snapshot s = rectification.snapshot();
        Rectification.Opening o = s.opening();
        return new RectificationView(s.id().value(), o.source(), o.sourceKey(), o.fiscalYear(), o.region().value(),
                o.unitCode(), o.departmentCode(), o.targetId(), o.projectCode(), o.projectName(), o.problem(),
                s.openedOn(), s.deadline(), rectification.status(now), rectification.isOverdue(now), s.responses(),
                s.verifications(), s.deadlineRule(), version);
    }
}

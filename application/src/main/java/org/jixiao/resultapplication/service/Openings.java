package org.jixiao.resultapplication.service;

import java.util.Optional;
import java.util.UUID;

import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.events.SpotCheckFlagged;
import org.jixiao.monitoring.events.MonitoringReviewed;
import org.jixiao.monitoring.events.ReviewAction;
import org.jixiao.resultapplication.domain.Rectification;
import org.jixiao.resultapplication.domain.RectificationSource;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.events.EventHeader;
import org.jspecify.annotations.Nullable;

/**
 * Which upstream facts open a rectification, and with what problem (DOMAIN.md "Result application"): a FAIR or
 * POOR effective result, a monitoring review with action RECTIFY or SUSPEND_FUNDING, a flagged spot-check item.
 */
final class Openings {

    private Openings() {
    }

    static Optional<Rectification.Opening> of(EvaluationCompleted e) {
        if (e.grade() != Grade.FAIR && e.grade() != Grade.POOR) {
            return Optional.empty();
        }
        String problem = e.header().fiscalYear() + "年度绩效评价结果为" + e.grade().label() + "（"
                + e.effectiveScore().toPlainString() + "分），须整改";
        return Optional.of(opening(RectificationSource.EVALUATION, e.targetId().toString(), e.header(),
                e.departmentCode(), e.targetId(), e.projectCode(), e.projectName(), problem));
    }

    static Optional<Rectification.Opening> of(MonitoringReviewed e) {
        if (e.action() != ReviewAction.RECTIFY && e.action() != ReviewAction.SUSPEND_FUNDING) {
            return Optional.empty();
        }
        String problem = e.header().fiscalYear() + "年" + e.cutoffMonth() + "月绩效运行监控审核决定"
                + e.action().label() + withOpinion(e.opinion());
        return Optional.of(opening(RectificationSource.MONITORING, e.reportId().toString(), e.header(),
                e.departmentCode(), e.targetId(), e.projectCode(), e.projectName(), problem));
    }

    static Rectification.Opening of(SpotCheckFlagged e) {
        String problem = e.header().fiscalYear() + "年度绩效自评抽审复核评分" + e.reviewScore().toPlainString()
                + "分，与自评" + e.selfScore().toPlainString() + "分相差" + e.gap().abs().toPlainString()
                + "分，超过" + e.gapThreshold().stripTrailingZeros().toPlainString() + "分" + withOpinion(e.opinion());
        // the unit's department is not in the event: the unit path names it, and the list filters by path
        return opening(RectificationSource.SPOT_CHECK, e.spotCheckId() + "/" + e.targetId(), e.header(), null,
                e.targetId(), e.projectCode(), e.projectName(), problem);
    }

    private static String withOpinion(@Nullable String opinion) {
        return opinion == null || opinion.isBlank() ? "" : "：" + opinion;
    }

    private static Rectification.Opening opening(RectificationSource source, String key, EventHeader h,
            @Nullable String departmentCode, UUID targetId, @Nullable String projectCode,
            String projectName, String problem) {
        return new Rectification.Opening(source, key, h.fiscalYear(), RegionCode.of(h.regionCode()), h.unitCode(),
                OrgPath.parse(h.unitPath()), departmentCode, targetId, projectCode, projectName, problem,
                h.occurredAt());
    }
}

package org.jixiao.resultapplication.adapter.out.persistence;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.events.SpotCheckFlagged;
import org.jixiao.monitoring.events.MonitoringReviewed;
import org.jixiao.resultapplication.port.out.ResultProjection;
import org.jixiao.sharedkernel.events.EventHeader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The upstream facts in schema resultapplication: one upsert each, which writes a source's first fact or a later
 * version of it, and nothing for a redelivery (the same version) or a late older one.
 */
@Repository
class ResultProjectionAdapter implements ResultProjection {

    private final JdbcClient jdbc;

    ResultProjectionAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean keep(EvaluationCompleted e) {
        EventHeader h = e.header();
        return jdbc.sql("""
                        INSERT INTO resultapplication.evaluation_result AS r
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (target_id) DO UPDATE SET fiscal_year = EXCLUDED.fiscal_year,
                            region_code = EXCLUDED.region_code, unit_code = EXCLUDED.unit_code,
                            unit_path = EXCLUDED.unit_path, department_code = EXCLUDED.department_code,
                            kind = EXCLUDED.kind, project_code = EXCLUDED.project_code,
                            project_name = EXCLUDED.project_name, budget_amount = EXCLUDED.budget_amount,
                            executed_amount = EXCLUDED.executed_amount, self_score = EXCLUDED.self_score,
                            effective_score = EXCLUDED.effective_score, grade = EXCLUDED.grade,
                            scored_by = EXCLUDED.scored_by, changed_at = EXCLUDED.changed_at,
                            aggregate_version = EXCLUDED.aggregate_version
                        WHERE r.aggregate_version < EXCLUDED.aggregate_version""")
                .params(Arrays.asList(e.targetId(), h.fiscalYear(), h.regionCode(), h.unitCode(), h.unitPath(), e.departmentCode(),
                        e.kind().name(), e.projectCode(), e.projectName(), e.budgetAmount(), e.executedAmount(),
                        e.selfScore(), e.effectiveScore(), e.grade().name(), e.scoredBy().name(),
                        Timestamp.from(h.occurredAt()), h.aggregateVersion()))
                .update() > 0;
    }

    @Override
    public boolean keep(MonitoringReviewed e) {
        EventHeader h = e.header();
        String reasons = e.reasons().stream().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
        return jdbc.sql("""
                        INSERT INTO resultapplication.monitoring_review AS r
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT[]), ?, ?)
                        ON CONFLICT (report_id) DO UPDATE SET budget_amount = EXCLUDED.budget_amount,
                            executed_amount = EXCLUDED.executed_amount, score = EXCLUDED.score,
                            action = EXCLUDED.action, amount = EXCLUDED.amount, opinion = EXCLUDED.opinion,
                            warning = EXCLUDED.warning, reasons = EXCLUDED.reasons,
                            reviewed_at = EXCLUDED.reviewed_at, aggregate_version = EXCLUDED.aggregate_version
                        WHERE r.aggregate_version < EXCLUDED.aggregate_version""")
                .params(Arrays.asList(e.reportId(), e.roundId(), e.targetId(), h.fiscalYear(), h.regionCode(), h.unitCode(),
                        h.unitPath(), e.departmentCode(), e.projectCode(), e.projectName(), e.cutoffMonth(),
                        e.budgetAmount(), e.executedAmount(), e.score(), e.action().name(), e.amount(), e.opinion(),
                        e.warning(), reasons, Timestamp.from(h.occurredAt()), h.aggregateVersion()))
                .update() > 0;
    }

    @Override
    public boolean keep(SpotCheckFlagged e) {
        EventHeader h = e.header();
        return jdbc.sql("""
                        INSERT INTO resultapplication.spot_check_flag AS f
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (spot_check_id, target_id) DO UPDATE SET review_score = EXCLUDED.review_score,
                            gap = EXCLUDED.gap, opinion = EXCLUDED.opinion, flagged_at = EXCLUDED.flagged_at,
                            aggregate_version = EXCLUDED.aggregate_version
                        WHERE f.aggregate_version < EXCLUDED.aggregate_version""")
                .params(Arrays.asList(e.spotCheckId(), e.targetId(), h.fiscalYear(), h.regionCode(), h.unitCode(), h.unitPath(),
                        e.projectCode(), e.projectName(), e.selfScore(), e.reviewScore(), e.gap(), e.gapThreshold(),
                        e.opinion(), Timestamp.from(h.occurredAt()), h.aggregateVersion()))
                .update() > 0;
    }

    @Override
    public Counts counts() {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM resultapplication.evaluation_result),
                               (SELECT count(*) FROM resultapplication.monitoring_review),
                               (SELECT count(*) FROM resultapplication.spot_check_flag),
                               (SELECT count(*) FROM resultapplication.rectification)""")
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }
}

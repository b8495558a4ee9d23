package org.jixiao.monitoring.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jixiao.monitoring.domain.ReportRules;
import org.jixiao.monitoring.domain.RoundId;
import org.jixiao.monitoring.port.out.RoundAssessment;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment of a round in four set statements over its rows, whatever its size: every filed indicator's light
 * and completion, then every filed report's execution rate and light, target completion rate and light, gap and
 * warning reasons, then the unfiled reports as NOT_FILED, then the round. The formulas are those of
 * {@link ReportRules}, each ratio one division of exact products rounded half-up once (PostgreSQL's round of a
 * numeric is half away from zero: half-up for these non-negative figures).
 */
@Repository
class RoundAssessmentAdapter implements RoundAssessment {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RoundAssessmentAdapter(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void assess(RoundId round, ReportRules rules, List<AppliedRule> applied, Instant at) {
        // Every join here is of a whole round's rows. The statistics of a round's rows are stale when it is
        // assessed (opened, then filed, since the last ANALYZE): the planner takes a few rows for many and nests
        // loops, quadratic in the round's size (1.5 s for 718 reports). Hash and merge joins are linear at any size.
        jdbc.sql("SET LOCAL enable_nestloop = off").update();
        jdbc.sql("""
                        UPDATE monitoring.report_indicator i SET light = x.light, completion = x.completion
                        FROM (SELECT i.round_id, i.target_id, i.position,
                                     CASE WHEN i.operator = 'QUALITATIVE' THEN CASE i.achievement
                                              WHEN 'ACHIEVED' THEN 'GREEN' WHEN 'PARTLY_ACHIEVED' THEN 'YELLOW' ELSE 'RED' END
                                          WHEN i.operator IN ('LE', 'LT') OR t.target = 0 THEN
                                              CASE WHEN h.holds THEN 'GREEN' ELSE 'RED' END
                                          WHEN h.pace < :red THEN 'RED' WHEN h.pace < :yellow THEN 'YELLOW'
                                          WHEN h.pace < :blue THEN 'GREEN' ELSE 'BLUE' END AS light,
                                     CASE WHEN i.operator = 'QUALITATIVE' THEN CASE i.achievement
                                              WHEN 'ACHIEVED' THEN 100 WHEN 'PARTLY_ACHIEVED' THEN 50 ELSE 0 END
                                          WHEN i.operator IN ('LE', 'LT') THEN
                                              CASE WHEN h.holds THEN 100 WHEN i.actual_to_date = 0 THEN 0
                                                   ELSE t.target * 100 / i.actual_to_date END
                                          WHEN t.target = 0 THEN CASE WHEN h.holds THEN 100 ELSE 0 END
                                          ELSE least(i.actual_to_date * 100 / t.target, 100) END AS completion
                              FROM monitoring.report_indicator i
                              JOIN monitoring.report r ON r.round_id = i.round_id AND r.target_id = i.target_id
                              CROSS JOIN LATERAL (SELECT CASE WHEN i.operator <> 'QUALITATIVE'
                                                             THEN i.target_value::numeric END AS target) t
                              CROSS JOIN LATERAL (SELECT CASE i.operator WHEN 'GE' THEN i.actual_to_date >= t.target
                                                             WHEN 'GT' THEN i.actual_to_date > t.target
                                                             WHEN 'EQ' THEN i.actual_to_date = t.target
                                                             WHEN 'LE' THEN i.actual_to_date <= t.target
                                                             WHEN 'LT' THEN i.actual_to_date < t.target END AS holds,
                                                         CASE WHEN t.target > 0 THEN round(i.actual_to_date * 1200
                                                             / (t.target * :month), 2) END AS pace) h
                              WHERE i.round_id = :round AND r.round_id = :round AND r.filed_at IS NOT NULL) x
                        WHERE i.round_id = :round AND i.target_id = x.target_id AND i.position = x.position""")
                .param("round", round.value()).param("month", rules.timeProgress().cutoffMonth())
                .param("red", rules.bands().red()).param("yellow", rules.bands().yellow())
                .param("blue", rules.bands().blue())
                .update();
        jdbc.sql("""
                        WITH indicators AS (
                            SELECT target_id,
                                   round(CASE WHEN sum(weight) = 0 THEN avg(completion)
                                              ELSE sum(weight * completion) / sum(weight) END, 2) AS completion_rate,
                                   (ARRAY['RED', 'YELLOW', 'GREEN', 'BLUE'])[min(CASE light WHEN 'RED' THEN 1
                                       WHEN 'YELLOW' THEN 2 WHEN 'GREEN' THEN 3 ELSE 4 END)] AS target_light
                            FROM monitoring.report_indicator WHERE round_id = :round AND light IS NOT NULL
                            GROUP BY target_id),
                        paced AS (
                            SELECT r.target_id, i.completion_rate, i.target_light,
                                   CASE WHEN r.budget_amount > 0
                                       THEN round(r.executed_amount * 100 / r.budget_amount, 2) END AS execution_rate,
                                   CASE WHEN r.budget_amount > 0
                                       THEN round(r.executed_amount * 1200 / (r.budget_amount * :month), 2) END AS pace
                            FROM monitoring.report r JOIN indicators i USING (target_id)
                            WHERE r.round_id = :round AND r.filed_at IS NOT NULL),
                        lit AS (
                            SELECT p.*, abs(p.execution_rate - p.completion_rate) AS gap,
                                   CASE WHEN p.pace < :red THEN 'RED' WHEN p.pace < :yellow THEN 'YELLOW'
                                        WHEN p.pace IS NOT NULL THEN 'GREEN' END AS execution_light
                            FROM paced p)
                        UPDATE monitoring.report r SET execution_rate = l.execution_rate,
                            execution_light = l.execution_light, target_completion_rate = l.completion_rate,
                            target_light = l.target_light, gap = l.gap,
                            reasons = array_remove(ARRAY[CASE WHEN l.execution_light = 'RED' THEN 'EXECUTION_ABNORMAL' END,
                                                         CASE WHEN l.gap > :gap THEN 'GAP_EXCEEDED' END], NULL),
                            warning = l.execution_light IS NOT DISTINCT FROM 'RED' OR coalesce(l.gap > :gap, false)
                        FROM lit l WHERE r.round_id = :round AND r.target_id = l.target_id""")
                .param("round", round.value()).param("month", rules.timeProgress().cutoffMonth())
                .param("red", rules.bands().red()).param("yellow", rules.bands().yellow())
                .param("gap", rules.warningGap())
                .update();
        jdbc.sql("""
                        UPDATE monitoring.report SET execution_rate = NULL, execution_light = NULL,
                            target_completion_rate = NULL, target_light = NULL, gap = NULL, warning = true,
                            reasons = ARRAY['NOT_FILED']
                        WHERE round_id = ? AND filed_at IS NULL""")
                .param(round.value()).update();
        jdbc.sql("""
                        UPDATE monitoring.round SET assessed_at = ?, applied_rules = CAST(? AS JSONB), version = version + 1
                        WHERE id = ?""")
                .params(Timestamp.from(at), json.writeValueAsString(applied), round.value()).update();
    }
}

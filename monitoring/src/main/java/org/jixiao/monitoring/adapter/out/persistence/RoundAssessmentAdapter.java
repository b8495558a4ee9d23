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
 * The assessment of a round in set statements over its rows, whatever its size: the round's results replaced by
 * one INSERT … SELECT computing, for every report, its indicators' lights and weighed completion, its execution rate
 * and light, target completion rate and light, gap and warning reasons (NOT_FILED for a report not filed), then the
 * round. Reports are only read: their results are rows of their own, written like a fresh table. The formulas are
 * those of {@link ReportRules}, each ratio one division of exact products rounded half-up once (PostgreSQL's round of a
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
        jdbc.sql("DELETE FROM monitoring.report_result WHERE round_id = ?").param(round.value()).update();
        jdbc.sql("""
                        INSERT INTO monitoring.report_result (round_id, target_id, unit_path, region_code, unit_code,
                            department_code, project_code, project_name, fund_source, filed, budget_amount,
                            execution_rate, execution_light, target_completion_rate, target_light, indicator_lights,
                            gap, warning, reasons)
                        WITH indicators AS (
                            SELECT target_id,
                                   round(CASE WHEN sum(weight) = 0 THEN avg(completion)
                                              ELSE sum(weight * completion) / sum(weight) END, 2) AS completion_rate,
                                   (ARRAY['RED', 'YELLOW', 'GREEN', 'BLUE'])[min(light)] AS target_light,
                                   array_agg((ARRAY['RED', 'YELLOW', 'GREEN', 'BLUE'])[light] ORDER BY position) AS lights
                            FROM (SELECT i.target_id, i.position, i.weight,
                                         -- the light as its rank, worst first: 1 RED, 2 YELLOW, 3 GREEN, 4 BLUE
                                         CASE WHEN i.operator = 'QUALITATIVE' THEN CASE i.achievement
                                                  WHEN 'ACHIEVED' THEN 3 WHEN 'PARTLY_ACHIEVED' THEN 2 ELSE 1 END
                                              WHEN i.operator IN ('LE', 'LT') OR i.target_number = 0 THEN
                                                  CASE WHEN h.holds THEN 3 ELSE 1 END
                                              WHEN h.pace < :red THEN 1 WHEN h.pace < :yellow THEN 2
                                              WHEN h.pace < :blue THEN 3 ELSE 4 END AS light,
                                         CASE WHEN i.operator = 'QUALITATIVE' THEN CASE i.achievement
                                                  WHEN 'ACHIEVED' THEN 100 WHEN 'PARTLY_ACHIEVED' THEN 50 ELSE 0 END
                                              WHEN i.operator IN ('LE', 'LT') THEN
                                                  CASE WHEN h.holds THEN 100 WHEN i.actual_to_date = 0 THEN 0
                                                       ELSE i.target_number * 100 / i.actual_to_date END
                                              WHEN i.target_number = 0 THEN CASE WHEN h.holds THEN 100 ELSE 0 END
                                              ELSE least(i.actual_to_date * 100 / i.target_number, 100) END AS completion
                                  FROM monitoring.report_indicator i
                                  CROSS JOIN LATERAL (
                                      SELECT CASE i.operator WHEN 'GE' THEN i.actual_to_date >= i.target_number
                                                 WHEN 'GT' THEN i.actual_to_date > i.target_number
                                                 WHEN 'EQ' THEN i.actual_to_date = i.target_number
                                                 WHEN 'LE' THEN i.actual_to_date <= i.target_number
                                                 WHEN 'LT' THEN i.actual_to_date < i.target_number END AS holds,
                                             CASE WHEN i.target_number > 0 THEN round(i.actual_to_date * 1200
                                                 / (i.target_number * :month), 2) END AS pace) h
                                  WHERE i.round_id = :round) lit
                            GROUP BY target_id)
                        SELECT r.round_id, r.target_id, r.unit_path, r.region_code, r.unit_code, r.department_code,
                               r.project_code, r.project_name, r.fund_source, r.filed_at IS NOT NULL,
                               COALESCE(r.budget_amount, r.approved_budget), e.execution_rate, l.execution_light,
                               i.completion_rate, i.target_light, i.lights, l.gap,
                               r.filed_at IS NULL OR l.execution_light IS NOT DISTINCT FROM 'RED'
                                   OR coalesce(l.gap > :gap, false),
                               CASE WHEN r.filed_at IS NULL THEN ARRAY['NOT_FILED']
                                   ELSE array_remove(ARRAY[CASE WHEN l.execution_light = 'RED' THEN 'EXECUTION_ABNORMAL' END,
                                                           CASE WHEN l.gap > :gap THEN 'GAP_EXCEEDED' END], NULL) END
                        FROM monitoring.report r
                        LEFT JOIN indicators i ON r.filed_at IS NOT NULL AND i.target_id = r.target_id
                        CROSS JOIN LATERAL (SELECT CASE WHEN r.budget_amount > 0
                                                       THEN round(r.executed_amount * 100 / r.budget_amount, 2) END
                                                       AS execution_rate,
                                                   CASE WHEN r.budget_amount > 0
                                                       THEN round(r.executed_amount * 1200 / (r.budget_amount * :month), 2)
                                                       END AS pace) e
                        CROSS JOIN LATERAL (SELECT abs(e.execution_rate - i.completion_rate) AS gap,
                                                   CASE WHEN e.pace < :red THEN 'RED' WHEN e.pace < :yellow THEN 'YELLOW'
                                                        WHEN e.pace IS NOT NULL THEN 'GREEN' END AS execution_light) l
                        WHERE r.round_id = :round""")
                .param("round", round.value()).param("month", rules.timeProgress().cutoffMonth())
                .param("red", rules.bands().red()).param("yellow", rules.bands().yellow())
                .param("blue", rules.bands().blue()).param("gap", rules.warningGap())
                .update();
        jdbc.sql("""
                        UPDATE monitoring.round SET assessed_at = ?, applied_rules = CAST(? AS JSONB), version = version + 1
                        WHERE id = ?""")
                .params(Timestamp.from(at), json.writeValueAsString(applied), round.value()).update();
    }
}

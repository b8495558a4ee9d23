package org.jixiao.evaluation.adapter.out.persistence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.events.ScoredBy;
import org.jixiao.evaluation.port.in.PublicEvaluation;
import org.jixiao.evaluation.port.out.EvaluationResults;
import org.jixiao.sharedkernel.Cursor;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.targeting.events.TargetKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statistics and the public list the province-scale way: a region's summary sums its rows of
 * {@code evaluation_total} (one per effective score and grade, kept by triggers) and its one row of
 * {@code target_total}; a department's or a unit's sums its few evaluations. The public list is one range of the
 * partial index {@code self_evaluation_published_idx}, by page number or continued by cursor, its size the
 * region's published count.
 */
@Repository
class EvaluationResultsAdapter implements EvaluationResults {

    /** The measures of a summary over rows with a score, a grade and an evaluation count each. */
    private static final String SUMS = """
            SELECT sum(evaluations) AS evaluations, sum(budget_amount) AS budget, sum(executed_amount) AS executed,
                   sum(score * evaluations) AS score_sum,
                   sum(evaluations) FILTER (WHERE score < :threshold) AS below,
                   sum(budget_amount) FILTER (WHERE score < :threshold) AS below_budget,
                   sum(executed_amount) FILTER (WHERE score < :threshold) AS below_executed,
                   sum(evaluations) FILTER (WHERE grade = 'EXCELLENT') AS excellent,
                   sum(evaluations) FILTER (WHERE grade = 'GOOD') AS good,
                   sum(evaluations) FILTER (WHERE grade = 'FAIR') AS fair,
                   sum(evaluations) FILTER (WHERE grade = 'POOR') AS poor""";

    private final JdbcClient jdbc;

    EvaluationResultsAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Totals totals(FiscalYear year, OrgPath subtree, boolean wholeRegion, BigDecimal threshold) {
        Scope.Paths paths = Scope.subtree(subtree).paths();
        String sql = wholeRegion ? SUMS + """
                        , (SELECT targets FROM evaluation.target_total WHERE fiscal_year = :year AND region_path = :from)
                            AS targets
                        FROM evaluation.evaluation_total WHERE fiscal_year = :year AND region_path = :from"""
                : SUMS + """
                        , (SELECT count(*) FROM evaluation.target_in_force
                           WHERE fiscal_year = :year AND unit_path >= :from AND unit_path < :until) AS targets
                        FROM (SELECT effective_score AS score, effective_grade AS grade, 1 AS evaluations,
                                     budget_amount, executed_amount
                              FROM evaluation.self_evaluation
                              WHERE fiscal_year = :year AND unit_path >= :from AND unit_path < :until
                                AND effective_score IS NOT NULL) e""";
        return jdbc.sql(sql).param("year", year.value()).param("from", paths.from()).param("until", paths.until())
                .param("threshold", threshold)
                .query((ResultSet rs, int n) -> {
                    Map<Grade, Long> grades = new EnumMap<>(Grade.class);
                    for (Grade grade : Grade.values()) {
                        grades.put(grade, rs.getLong(grade.name().toLowerCase()));
                    }
                    return new Totals(rs.getLong("evaluations"), rs.getLong("targets"), money(rs, "budget"),
                            money(rs, "executed"), money(rs, "score_sum"), rs.getLong("below"),
                            money(rs, "below_budget"), money(rs, "below_executed"), grades);
                })
                .single();
    }

    private static BigDecimal money(ResultSet rs, String column) throws java.sql.SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO : value;
    }

    @Override
    public int publish(FiscalYear year, OrgPath region, Instant at) {
        Scope.Paths paths = Scope.subtree(region).paths();
        return jdbc.sql("""
                        UPDATE evaluation.self_evaluation SET published_at = ?
                        WHERE fiscal_year = ? AND unit_path >= ? AND unit_path < ? AND status = 'SUBMITTED'
                          AND published_at IS NULL""")
                .params(Timestamp.from(at), year.value(), paths.from(), paths.until()).update();
    }

    @Override
    public void recordPublication(FiscalYear year, RegionCode region, Instant at, String by, int published) {
        jdbc.sql("INSERT INTO evaluation.publication VALUES (?, ?, ?, ?, ?)")
                .params(year.value(), region.value(), Timestamp.from(at), by, published).update();
    }

    /** The list order, as {@code self_evaluation_published_idx} holds it. A cursor is these three values. */
    private static final String ORDER = "e.unit_path, COALESCE(e.project_code, ''), e.target_id";

    @Override
    public Page<PublicEvaluation> published(FiscalYear year, @Nullable OrgPath region, PageQuery page) {
        Scope.Paths paths = (region == null ? Scope.everything() : Scope.subtree(region)).paths();
        long total = jdbc.sql("SELECT COALESCE(sum(published), 0) FROM evaluation.evaluation_total "
                        + "WHERE fiscal_year = :year AND " + (region == null
                        ? "region_path ~ '^/[^/]+/$'" : "region_path = :from"))
                .param("year", year.value()).param("from", paths.from()).query(Long.class).single();
        Cursor after = page.after();
        JdbcClient.StatementSpec sql = jdbc.sql("""
                        SELECT e.target_id, e.fiscal_year, e.kind, e.region_code, e.unit_code, e.unit_path,
                               e.department_code, e.project_code, e.project_name, e.budget_amount, e.executed_amount,
                               e.effective_score, e.effective_grade, e.published_at
                        FROM evaluation.self_evaluation e
                        WHERE e.fiscal_year = :year AND e.published_at IS NOT NULL AND e.unit_path < :until"""
                        + " AND " + (after == null ? "e.unit_path >= :from" : "(" + ORDER + ") > (:afterPath, :afterCode, :afterId)")
                        + " ORDER BY " + ORDER + " LIMIT :limit OFFSET :offset")
                .param("year", year.value()).param("from", paths.from()).param("until", paths.until())
                .param("limit", page.size() + 1).param("offset", after == null ? page.offset() : 0);
        if (after != null) {
            List<String> keys = after.keys(3);
            if (keys.get(0).compareTo(paths.from()) < 0) {
                throw InvalidInputException.of("after", "page.badCursor");
            }
            sql = sql.param("afterPath", keys.get(0)).param("afterCode", keys.get(1))
                    .param("afterId", InvalidInputException.forField("after", () -> UUID.fromString(keys.get(2))));
        }
        record Keyed(PublicEvaluation item, Cursor key) {
        }
        List<Keyed> rows = sql.query((rs, n) -> {
            String project = rs.getString("project_code");
            UUID id = rs.getObject("target_id", UUID.class);
            return new Keyed(new PublicEvaluation(id, rs.getInt("fiscal_year"),
                    TargetKind.valueOf(rs.getString("kind")), rs.getString("region_code"), rs.getString("unit_code"),
                    null, rs.getString("department_code"), project, rs.getString("project_name"),
                    rs.getBigDecimal("budget_amount"), rs.getBigDecimal("executed_amount"),
                    rs.getBigDecimal("effective_score"), Grade.valueOf(rs.getString("effective_grade")),
                    rs.getTimestamp("published_at").toInstant()),
                    Cursor.of(rs.getString("unit_path"), project == null ? "" : project, id.toString()));
        }).list();
        return Page.ofOneMore(rows, page, total, Keyed::key).map(Keyed::item);
    }

    @Override
    public List<EvaluationCompleted> completed(Scope scope, @Nullable UUID after, int limit) {
        Scope.Paths paths = scope.paths();
        return jdbc.sql("""
                        SELECT *, GREATEST(submitted_at, scored_at, department_at, finance_at) AS changed_at
                        FROM evaluation.self_evaluation
                        WHERE status = 'SUBMITTED' AND unit_path >= :from AND unit_path < :until
                          AND (CAST(:after AS UUID) IS NULL OR target_id > CAST(:after AS UUID))
                        ORDER BY target_id LIMIT :limit""")
                .param("from", paths.from()).param("until", paths.until()).param("after", after)
                .param("limit", limit)
                .query((rs, n) -> {
                    UUID target = rs.getObject("target_id", UUID.class);
                    long version = rs.getLong("version");
                    EventHeader header = new EventHeader(UUID.nameUUIDFromBytes(("evaluation-completed:" + target
                            + ":" + version).getBytes(StandardCharsets.UTF_8)),
                            rs.getTimestamp("changed_at").toInstant(), rs.getInt("fiscal_year"),
                            rs.getString("region_code"), rs.getString("unit_code"), rs.getString("unit_path"),
                            target, version);
                    return new EvaluationCompleted(header, target, TargetKind.valueOf(rs.getString("kind")),
                            rs.getString("project_code"), rs.getString("project_name"),
                            rs.getString("department_code"), rs.getBigDecimal("budget_amount"),
                            rs.getBigDecimal("executed_amount"), rs.getBigDecimal("self_score"),
                            rs.getBigDecimal("effective_score"), Grade.valueOf(rs.getString("effective_grade")),
                            ScoredBy.valueOf(rs.getString("scored_by")));
                })
                .list();
    }
}

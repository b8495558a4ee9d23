package org.jixiao.monitoring.adapter.out.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jixiao.monitoring.domain.MonitoringRound;
import org.jixiao.monitoring.events.Light;
import org.jixiao.monitoring.port.in.WarningView;
import org.jixiao.monitoring.port.out.RoundResults;
import org.jixiao.sharedkernel.Cursor;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.targeting.events.FundSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * A round's summary and warnings, read the province-scale way: the summary is one range of {@code report_total}
 * (one row per unit and fund source, kept by triggers), the warning list one range of the partial index
 * {@code report_warning_idx}, continued by cursor.
 */
@Repository
class RoundResultsAdapter implements RoundResults {

    private final JdbcClient jdbc;

    RoundResultsAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<FundSource, Totals> totals(MonitoringRound round, Scope scope) {
        Scope.Paths paths = scope.paths();
        Map<FundSource, Totals> totals = new EnumMap<>(FundSource.class);
        jdbc.sql("""
                        SELECT fund_source, sum(reports) AS reports, sum(filed) AS filed, sum(budget_amount) AS budget,
                               sum(executed_amount) AS executed, sum(reviewed) AS reviewed,
                               sum(review_score_sum) AS scores, sum(warnings) AS warnings,
                               sum(warning_budget_amount) AS warning_budget
                        FROM monitoring.report_total
                        WHERE round_id = ? AND unit_path >= ? AND unit_path < ?
                        GROUP BY fund_source""")
                .params(round.getId().value(), paths.from(), paths.until())
                .query((ResultSet rs) -> {
                    while (rs.next()) {
                        totals.put(FundSource.valueOf(rs.getString("fund_source")), new Totals(rs.getLong("reports"),
                                rs.getLong("filed"), rs.getBigDecimal("budget"), rs.getBigDecimal("executed"),
                                rs.getLong("reviewed"), rs.getBigDecimal("scores"), rs.getLong("warnings"),
                                rs.getBigDecimal("warning_budget")));
                    }
                    return totals;
                });
        return totals;
    }

    /** The list order, as {@code report_warning_idx} holds it after the round. A cursor is these three values. */
    private static final String ORDER = "r.unit_path, COALESCE(r.project_code, ''), r.target_id";

    /**
     * Only the conditions present. After a cursor the cursor is where the index range starts (it is checked to lie
     * in the subtree), else the subtree's first path.
     */
    private static String where(@Nullable Light light, @Nullable Cursor after) {
        return " WHERE r.round_id = :round AND r.warning AND r.unit_path < :to"
                + (after == null ? " AND r.unit_path >= :from" : " AND (" + ORDER + ") > (:afterPath, :afterCode, :afterId)")
                + (light == null ? "" : " AND (r.execution_light = :light OR r.target_light = :light)");
    }

    private static StatementSpec bind(StatementSpec sql, MonitoringRound round, Scope scope, @Nullable Light light,
            @Nullable Cursor after) {
        Scope.Paths paths = scope.paths();
        sql = sql.param("round", round.getId().value()).param("from", paths.from()).param("to", paths.until())
                .param("light", light == null ? null : light.name());
        if (after != null) {
            List<String> keys = after.keys(3);
            if (keys.get(0).compareTo(paths.from()) < 0) {
                throw InvalidInputException.of("after", "page.badCursor");
            }
            sql = sql.param("afterPath", keys.get(0)).param("afterCode", keys.get(1))
                    .param("afterId", InvalidInputException.forField("after", () -> UUID.fromString(keys.get(2))));
        }
        return sql;
    }

    private record Keyed(WarningView item, Cursor key) {
    }

    @Override
    public Page<WarningView> warnings(MonitoringRound round, Scope scope, @Nullable Light light, PageQuery page) {
        BigDecimal timeProgress = round.cutoff().rate().percent();
        List<Keyed> rows = bind(jdbc.sql("""
                        SELECT r.target_id, r.project_code, r.project_name, r.unit_code, r.unit_path,
                               r.department_code, r.fund_source, r.filed_at IS NOT NULL AS filed,
                               COALESCE(r.budget_amount, r.approved_budget) AS budget, r.execution_rate,
                               r.target_completion_rate, r.gap, r.execution_light, r.target_light, r.reasons
                        FROM monitoring.report r""" + where(light, page.after())
                        + " ORDER BY " + ORDER + " LIMIT :limit OFFSET :offset"), round, scope, light, page.after())
                .param("limit", page.size() + 1).param("offset", page.after() == null ? page.offset() : 0)
                .query((rs, n) -> new Keyed(new WarningView(rs.getObject("target_id", UUID.class),
                        rs.getString("project_code"), rs.getString("project_name"), rs.getString("unit_code"),
                        rs.getString("department_code"), FundSource.valueOf(rs.getString("fund_source")),
                        rs.getBoolean("filed"), rs.getBigDecimal("budget"), rs.getBigDecimal("execution_rate"),
                        timeProgress, rs.getBigDecimal("target_completion_rate"), rs.getBigDecimal("gap"),
                        ReportPersistenceAdapter.light(rs.getString("execution_light")),
                        ReportPersistenceAdapter.light(rs.getString("target_light")), true,
                        List.copyOf(ReportPersistenceAdapter.reasons(rs))),
                        Cursor.of(rs.getString("unit_path"), rs.getString("project_code") == null ? ""
                                : rs.getString("project_code"), rs.getString("target_id"))))
                .list();
        long total = bind(jdbc.sql("SELECT count(*) FROM monitoring.report r" + where(light, null)), round, scope,
                light, null).query(Long.class).single();
        return Page.ofOneMore(rows, page, total, Keyed::key).map(Keyed::item);
    }
}

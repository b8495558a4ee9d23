package org.jixiao.monitoring.adapter.out.persistence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jixiao.monitoring.domain.MonitoringRound;
import org.jixiao.monitoring.domain.ReportId;
import org.jixiao.monitoring.domain.RoundId;
import org.jixiao.monitoring.events.MonitoringReviewed;
import org.jixiao.monitoring.events.ReviewAction;
import org.jixiao.monitoring.events.WarningReason;
import org.jixiao.monitoring.events.Light;
import org.jixiao.monitoring.port.in.WarningView;
import org.jixiao.monitoring.port.out.RoundResults;
import org.jixiao.sharedkernel.Cursor;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.targeting.events.FundSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * A round's summary and warnings, read the province-scale way: a region's summary is one range of
 * {@code report_region_total} (a row per region and fund source, kept by triggers), a department's or a unit's one of
 * {@code report_total} (a row per unit and fund source) beside its few entries of the warning index; the warning list
 * is one range of the partial index {@code report_result_warning_idx}, continued by cursor.
 */
@Repository
class RoundResultsAdapter implements RoundResults {

    private final JdbcClient jdbc;

    RoundResultsAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<FundSource, Totals> totals(MonitoringRound round, Scope scope, boolean wholeRegions) {
        Scope.Paths paths = scope.paths();
        Map<FundSource, Totals> totals = new EnumMap<>(FundSource.class);
        String sums = """
                SELECT fund_source, sum(reports) AS reports, sum(filed) AS filed, sum(budget_amount) AS budget,
                       sum(executed_amount) AS executed, sum(reviewed) AS reviewed, sum(review_score_sum) AS scores""";
        String sql = wholeRegions ? sums + """
                        , sum(warnings) AS warnings, sum(warning_budget_amount) AS warning_budget
                        FROM monitoring.report_region_total
                        WHERE round_id = :round AND region_path >= :from AND region_path < :until GROUP BY fund_source"""
                // a department's or a unit's warnings: the few entries of its range of the warning index
                : """
                        WITH warned AS (
                            SELECT fund_source, count(*) AS warnings, sum(budget_amount) AS warning_budget
                            FROM monitoring.report_result
                            WHERE round_id = :round AND warning AND unit_path >= :from AND unit_path < :until
                            GROUP BY fund_source),
                        kept AS (""" + sums + """
                            FROM monitoring.report_total
                            WHERE round_id = :round AND unit_path >= :from AND unit_path < :until GROUP BY fund_source)
                        SELECT k.*, COALESCE(w.warnings, 0) AS warnings, COALESCE(w.warning_budget, 0) AS warning_budget
                        FROM kept k LEFT JOIN warned w USING (fund_source)""";
        jdbc.sql(sql).param("round", round.getId().value()).param("from", paths.from()).param("until", paths.until())
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

    /** The list order, as {@code report_result_warning_idx} holds it. A cursor is these three values. */
    private static final String ORDER = "w.unit_path, COALESCE(w.project_code, ''), w.target_id";

    /**
     * Only the conditions present. After a cursor the cursor is where the index range starts (it is checked to lie
     * in the subtree), else the subtree's first path.
     */
    private static String where(@Nullable Light light, @Nullable Cursor after) {
        return " WHERE w.round_id = :round AND w.warning AND w.unit_path < :to"
                + (after == null ? " AND w.unit_path >= :from" : " AND (" + ORDER + ") > (:afterPath, :afterCode, :afterId)")
                + (light == null ? "" : " AND (w.execution_light = :light OR w.target_light = :light)");
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
    public Page<WarningView> warnings(MonitoringRound round, Scope scope, boolean wholeRegions, @Nullable Light light,
            PageQuery page) {
        BigDecimal timeProgress = round.cutoff().rate().percent();
        List<Keyed> rows = bind(jdbc.sql("""
                        SELECT w.target_id, w.project_code, w.project_name, w.unit_code, w.unit_path,
                               w.department_code, w.fund_source, w.filed, w.budget_amount AS budget, w.execution_rate,
                               w.target_completion_rate, w.gap, w.execution_light, w.target_light, w.reasons
                        FROM monitoring.report_result w""" + where(light, page.after())
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
        return Page.ofOneMore(rows, page, total(round, scope, wholeRegions, light), Keyed::key).map(Keyed::item);
    }

    /** A region's warnings are counted in its totals, a department's or a unit's along the warning index. */
    private long total(MonitoringRound round, Scope scope, boolean wholeRegions, @Nullable Light light) {
        if (!wholeRegions) {
            return bind(jdbc.sql("SELECT count(*) FROM monitoring.report_result w" + where(light, null)), round, scope,
                    light, null).query(Long.class).single();
        }
        Scope.Paths paths = scope.paths();
        String warnings = light == null ? "warnings" : light.name().toLowerCase(Locale.ROOT) + "_warnings";
        return jdbc.sql("SELECT COALESCE(sum(" + warnings + "), 0) FROM monitoring.report_region_total"
                        + " WHERE round_id = ? AND region_path >= ? AND region_path < ?")
                .params(round.getId().value(), paths.from(), paths.until()).query(Long.class).single();
    }

    @Override
    public List<MonitoringReviewed> reviewed(Scope scope, @Nullable UUID afterRound, @Nullable UUID afterTarget,
            int limit) {
        Scope.Paths paths = scope.paths();
        return jdbc.sql("""
                        SELECT r.*, o.fiscal_year, o.cutoff_month, x.warning, x.reasons AS result_reasons
                        FROM monitoring.report r
                        JOIN monitoring.round o ON o.id = r.round_id
                        LEFT JOIN monitoring.report_result x ON x.round_id = r.round_id AND x.target_id = r.target_id
                        WHERE r.reviewed_at IS NOT NULL AND r.unit_path >= :from AND r.unit_path < :until
                          AND (CAST(:round AS UUID) IS NULL OR (r.round_id, r.target_id) > (CAST(:round AS UUID), CAST(:target AS UUID)))
                        ORDER BY r.round_id, r.target_id LIMIT :limit""")
                .param("from", paths.from()).param("until", paths.until()).param("round", afterRound)
                .param("target", afterTarget).param("limit", limit)
                .query((rs, n) -> {
                    ReportId id = new ReportId(new RoundId(rs.getObject("round_id", UUID.class)),
                            rs.getObject("target_id", UUID.class));
                    long version = rs.getLong("version");
                    EventHeader header = new EventHeader(
                            UUID.nameUUIDFromBytes(("monitoring-reviewed:" + id.uuid() + ":" + version)
                                    .getBytes(StandardCharsets.UTF_8)),
                            rs.getTimestamp("reviewed_at").toInstant(), rs.getInt("fiscal_year"),
                            rs.getString("region_code"), rs.getString("unit_code"), rs.getString("unit_path"),
                            id.uuid(), version);
                    java.sql.Array reasons = rs.getArray("result_reasons");
                    List<WarningReason> warningReasons = reasons == null ? List.of()
                            : Arrays.stream((String[]) reasons.getArray()).map(WarningReason::valueOf).sorted()
                                    .toList();
                    return new MonitoringReviewed(header, id.uuid(), id.round().value(), id.target(),
                            rs.getInt("cutoff_month"), rs.getString("department_code"), rs.getString("project_code"),
                            rs.getString("project_name"), rs.getBigDecimal("budget_amount"),
                            rs.getBigDecimal("executed_amount"), rs.getBigDecimal("review_score"),
                            ReviewAction.valueOf(rs.getString("review_action")), rs.getBigDecimal("review_amount"),
                            rs.getString("review_opinion"), (Boolean) rs.getObject("warning"), warningReasons);
                })
                .list();
    }
}

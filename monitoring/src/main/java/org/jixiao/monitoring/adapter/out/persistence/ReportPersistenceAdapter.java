package org.jixiao.monitoring.adapter.out.persistence;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jixiao.monitoring.domain.Achievement;
import org.jixiao.monitoring.domain.DepartmentOpinion;
import org.jixiao.monitoring.domain.Filing;
import org.jixiao.monitoring.domain.IndicatorFiling;
import org.jixiao.monitoring.domain.Likelihood;
import org.jixiao.monitoring.domain.MonitoringReport;
import org.jixiao.monitoring.domain.ReportId;
import org.jixiao.monitoring.domain.ReportIndicator;
import org.jixiao.monitoring.domain.ReportResult;
import org.jixiao.monitoring.domain.Reports;
import org.jixiao.monitoring.domain.Review;
import org.jixiao.monitoring.events.Light;
import org.jixiao.monitoring.events.ReviewAction;
import org.jixiao.monitoring.events.WarningReason;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.Rate;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.TimeProgress;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reports in schema monitoring, with the result of the round's last assessment: a report loads in two queries,
 * saves its filing in three statements (the report, its last result deleted, its indicators) and its review in one.
 */
@Repository
class ReportPersistenceAdapter implements Reports {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ReportPersistenceAdapter(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public Optional<MonitoringReport> find(ReportId id) {
        List<ReportIndicator> unlit = jdbc.sql("""
                        SELECT * FROM monitoring.report_indicator WHERE round_id = ? AND target_id = ? ORDER BY position""")
                .params(id.round().value(), id.target()).query((rs, n) -> indicator(rs)).list();
        return jdbc.sql("""
                        SELECT r.*, o.cutoff_month, x.execution_rate, x.execution_light, x.target_completion_rate,
                               x.target_light, x.indicator_lights, x.gap, x.warning, x.reasons
                        FROM monitoring.report r JOIN monitoring.round o ON o.id = r.round_id
                        LEFT JOIN monitoring.report_result x ON x.round_id = r.round_id AND x.target_id = r.target_id
                        WHERE r.round_id = ? AND r.target_id = ?""")
                .params(id.round().value(), id.target())
                .query((rs, n) -> {
                    List<Light> lights = lights(rs);
                    List<ReportIndicator> indicators = new ArrayList<>();
                    for (int k = 0; k < unlit.size(); k++) {
                        indicators.add(unlit.get(k).withLight(k < lights.size() ? lights.get(k) : null));
                    }
                    return MonitoringReport.rebuild(new MonitoringReport.Snapshot(id,
                            TargetKind.valueOf(rs.getString("kind")), RegionCode.of(rs.getString("region_code")),
                            rs.getString("unit_code"),
                            OrgPath.parse(rs.getString("unit_path")), rs.getString("department_code"),
                            rs.getString("project_code"), rs.getString("project_name"),
                            FundSource.valueOf(rs.getString("fund_source")),
                            Money.of(rs.getBigDecimal("approved_budget")), indicators, filing(rs), result(rs, lights),
                            review(rs), departmentOpinion(rs), rs.getLong("version")));
                })
                .optional();
    }

    /** The column {@code indicator_lights}: the lights of the report's indicators in position order, or none. */
    private static List<Light> lights(ResultSet rs) throws SQLException {
        Array array = rs.getArray("indicator_lights");
        if (array == null) {
            return List.of();
        }
        List<Light> lights = new ArrayList<>();
        for (Object light : (Object[]) array.getArray()) {
            lights.add(Light.valueOf((String) light));
        }
        return lights;
    }

    /** What the round's last assessment stored for the report; null when none did since it was filed. */
    private static @Nullable ReportResult result(ResultSet rs, List<Light> lights) throws SQLException {
        if (rs.getObject("warning") == null) {
            return null;
        }
        return new ReportResult(rate(rs.getBigDecimal("execution_rate")),
                TimeProgress.atEndOf(rs.getInt("cutoff_month")).rate(), light(rs.getString("execution_light")), lights,
                light(rs.getString("target_light")), rate(rs.getBigDecimal("target_completion_rate")),
                rs.getBigDecimal("gap"), reasons(rs));
    }

    /** The column {@code reasons}, a text array. */
    static Set<WarningReason> reasons(ResultSet rs) throws SQLException {
        Set<WarningReason> reasons = EnumSet.noneOf(WarningReason.class);
        Array array = rs.getArray("reasons");
        for (Object reason : (Object[]) array.getArray()) {
            reasons.add(WarningReason.valueOf((String) reason));
        }
        return reasons;
    }

    private static @Nullable Rate rate(@Nullable BigDecimal percent) {
        return percent == null ? null : Rate.of(percent);
    }

    static @Nullable Light light(@Nullable String light) {
        return light == null ? null : Light.valueOf(light);
    }

    private static @Nullable Filing filing(ResultSet rs) throws SQLException {
        Timestamp filedAt = rs.getTimestamp("filed_at");
        if (filedAt == null) {
            return null;
        }
        return new Filing(Money.of(rs.getBigDecimal("budget_amount")), Money.of(rs.getBigDecimal("executed_amount")),
                rs.getString("execution_note"), rs.getString("measures"), rs.getString("filed_by"),
                filedAt.toInstant(), rs.getBoolean("late"));
    }

    private static @Nullable Review review(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("reviewed_at");
        BigDecimal amount = rs.getBigDecimal("review_amount");
        return at == null ? null : new Review(rs.getBigDecimal("review_score"), rs.getString("review_opinion"),
                ReviewAction.valueOf(rs.getString("review_action")), amount == null ? null : Money.of(amount),
                rs.getString("reviewed_by"), at.toInstant());
    }

    private static @Nullable DepartmentOpinion departmentOpinion(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("department_opinion_at");
        return at == null ? null : new DepartmentOpinion(rs.getString("department_opinion"),
                rs.getString("department_opinion_by"), at.toInstant());
    }

    private static ReportIndicator indicator(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("indicator_id", UUID.class);
        String likelihood = rs.getString("likelihood");
        String achievement = rs.getString("achievement");
        IndicatorFiling filing = likelihood == null ? null : new IndicatorFiling(id, rs.getBigDecimal("actual_to_date"),
                achievement == null ? null : Achievement.valueOf(achievement), rs.getString("expected_year_end"),
                Likelihood.valueOf(likelihood), rs.getString("deviation_reason"));
        return new ReportIndicator(id, Level1.valueOf(rs.getString("level1")), Level2.valueOf(rs.getString("level2")),
                rs.getString("name"), Operator.valueOf(rs.getString("operator")), rs.getString("target_value"),
                rs.getString("unit"), rs.getBigDecimal("weight"), filing, null);
    }

    @Override
    public long saveFiling(MonitoringReport report) {
        Filing f = report.filing();
        if (f == null) {
            throw new IllegalStateException("only a filed report is saved");
        }
        ReportId id = report.getId();
        long version = report.version() + 1;
        int updated = jdbc.sql("""
                        UPDATE monitoring.report SET budget_amount = ?, executed_amount = ?, execution_note = ?,
                            measures = ?, filed_by = ?, filed_at = ?, late = ?, version = ?
                        WHERE round_id = ? AND target_id = ? AND version = ?""")
                .params(Arrays.asList(f.budget().yuan(), f.executed().yuan(), f.executionNote(), f.measures(),
                        f.filedBy(), Timestamp.from(f.filedAt()), f.late(), version, id.round().value(), id.target(),
                        report.version()))
                .update();
        if (updated == 0) {
            throw stale(report);
        }
        // filed anew: the last assessment's result no longer holds
        jdbc.sql("DELETE FROM monitoring.report_result WHERE round_id = ? AND target_id = ?")
                .params(id.round().value(), id.target()).update();
        List<Object[]> rows = new ArrayList<>();
        for (ReportIndicator i : report.indicators()) {
            IndicatorFiling x = i.filing();
            if (x != null) {
                rows.add(new Object[] {x.actualToDate(), x.achievement() == null ? null : x.achievement().name(),
                        x.expectedYearEnd(), x.likelihood().name(), x.deviationReason(), id.round().value(),
                        id.target(), i.indicatorId()});
            }
        }
        batch.batchUpdate("""
                UPDATE monitoring.report_indicator SET actual_to_date = ?, achievement = ?, expected_year_end = ?,
                    likelihood = ?, deviation_reason = ?
                WHERE round_id = ? AND target_id = ? AND indicator_id = ?""", rows);
        return version;
    }

    @Override
    public long saveReview(MonitoringReport report) {
        MonitoringReport.Snapshot s = report.snapshot();
        Review r = s.review();
        DepartmentOpinion d = s.departmentOpinion();
        long version = report.version() + 1;
        int updated = jdbc.sql("""
                        UPDATE monitoring.report SET review_score = ?, review_opinion = ?, review_action = ?,
                            review_amount = ?, reviewed_by = ?, reviewed_at = ?, department_opinion = ?,
                            department_opinion_by = ?, department_opinion_at = ?, version = ?
                        WHERE round_id = ? AND target_id = ? AND version = ?""")
                .params(Arrays.asList(r == null ? null : r.score(), r == null ? null : r.opinion(),
                        r == null ? null : r.action().name(),
                        r == null || r.amount() == null ? null : r.amount().yuan(), r == null ? null : r.reviewedBy(),
                        r == null ? null : Timestamp.from(r.reviewedAt()), d == null ? null : d.opinion(),
                        d == null ? null : d.givenBy(), d == null ? null : Timestamp.from(d.givenAt()), version,
                        s.id().round().value(), s.id().target(), report.version()))
                .update();
        if (updated == 0) {
            throw stale(report);
        }
        return version;
    }

    private static StateConflictException stale(MonitoringReport report) {
        return new StateConflictException("problem.staleVersion", report.status().name());
    }
}

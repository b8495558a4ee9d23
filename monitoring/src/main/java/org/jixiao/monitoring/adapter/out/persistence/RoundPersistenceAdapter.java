package org.jixiao.monitoring.adapter.out.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.monitoring.domain.MonitoringRound;
import org.jixiao.monitoring.domain.RoundId;
import org.jixiao.monitoring.domain.RoundScope;
import org.jixiao.monitoring.domain.Rounds;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.TimeProgress;
import org.jixiao.sharedkernel.access.Scope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rounds in schema monitoring. Opening a round is four statements whatever the region's size: the round, its
 * reports and their indicators copied from the copy of the targets in force in two INSERT … SELECT, and the count.
 */
@Repository
class RoundPersistenceAdapter implements Rounds {

    private final JdbcClient jdbc;

    RoundPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MonitoringRound open(MonitoringRound round) {
        MonitoringRound.Snapshot s = round.snapshot();
        UUID id = s.id().value();
        try {
            jdbc.sql("""
                            INSERT INTO monitoring.round (id, fiscal_year, region_code, region_path, cutoff_month, scope,
                                due_date, opened_by, opened_at, reports, version)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)""")
                    .params(id, s.fiscalYear().value(), s.region().value(), s.regionPath().toString(),
                            s.cutoff().cutoffMonth(), s.scope().name(), Date.valueOf(s.dueDate()), s.openedBy(),
                            Timestamp.from(s.openedAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new StateConflictException("round.duplicate", null, s.fiscalYear().value(), s.region().value(),
                    s.cutoff().cutoffMonth(), s.scope().name());
        }
        // The indicators join the reports just inserted, which the planner's statistics do not know yet: nested loops
        // over them would be quadratic in the round's size, a hash join is linear (as in the assessment).
        jdbc.sql("SET LOCAL enable_nestloop = off").update();
        List<String> kinds = s.scope().kinds().stream().map(Enum::name).toList();
        Scope.Paths subtree = Scope.subtree(s.regionPath()).paths();
        int reports = jdbc.sql("""
                        INSERT INTO monitoring.report (round_id, target_id, revision, kind, region_code, unit_code,
                            unit_path, department_code, project_code, project_name, fund_source, approved_budget)
                        SELECT :round, target_id, revision, kind, region_code, unit_code, unit_path, department_code,
                               project_code, project_name, fund_source, budget_amount
                        FROM monitoring.target_in_force
                        WHERE fiscal_year = :year AND kind IN (:kinds) AND unit_path >= :from AND unit_path < :until""")
                .param("round", id).param("year", s.fiscalYear().value()).param("kinds", kinds)
                .param("from", subtree.from()).param("until", subtree.until())
                .update();
        jdbc.sql("""
                        INSERT INTO monitoring.report_indicator (round_id, target_id, position, indicator_id, level1, level2,
                            name, operator, target_value, target_number, unit, weight)
                        SELECT r.round_id, i.target_id, i.position, i.indicator_id, i.level1, i.level2, i.name,
                               i.operator, i.target_value,
                               CASE WHEN i.operator <> 'QUALITATIVE' THEN i.target_value::NUMERIC END, i.unit, i.weight
                        FROM monitoring.report r JOIN monitoring.target_indicator i ON i.target_id = r.target_id
                        WHERE r.round_id = ?""")
                .param(id).update();
        jdbc.sql("UPDATE monitoring.round SET reports = ? WHERE id = ?").params(reports, id).update();
        return find(s.id()).orElseThrow();
    }

    @Override
    public Optional<MonitoringRound> find(RoundId id) {
        return find(id, "");
    }

    @Override
    public Optional<MonitoringRound> findToFile(RoundId id) {
        return find(id, " FOR SHARE");
    }

    @Override
    public Optional<MonitoringRound> findToAssess(RoundId id) {
        return find(id, " FOR UPDATE");
    }

    private Optional<MonitoringRound> find(RoundId id, String lock) {
        return jdbc.sql("SELECT * FROM monitoring.round WHERE id = ?" + lock).param(id.value())
                .query((rs, n) -> MonitoringRound.rebuild(snapshot(rs))).optional();
    }

    static MonitoringRound.Snapshot snapshot(ResultSet rs) throws SQLException {
        return new MonitoringRound.Snapshot(new RoundId(rs.getObject("id", UUID.class)),
                FiscalYear.of(rs.getInt("fiscal_year")), RegionCode.of(rs.getString("region_code")),
                OrgPath.parse(rs.getString("region_path")), TimeProgress.atEndOf(rs.getInt("cutoff_month")),
                RoundScope.valueOf(rs.getString("scope")), rs.getDate("due_date").toLocalDate(),
                rs.getString("opened_by"), rs.getTimestamp("opened_at").toInstant(), rs.getInt("reports"),
                rs.getTimestamp("assessed_at") == null ? null : rs.getTimestamp("assessed_at").toInstant(),
                rs.getLong("version"));
    }
}

package org.jixiao.evaluation.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.evaluation.domain.SelfEvaluations.Position;
import org.jixiao.evaluation.port.in.RescoreStatus;
import org.jixiao.evaluation.port.in.RescoreView;
import org.jixiao.evaluation.port.out.RescoreJobs;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.access.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rescore jobs in table {@code rescore_job}; at most one runs per region and year (a partial unique index). */
@Repository
class RescoreJobsAdapter implements RescoreJobs {

    private final JdbcClient jdbc;

    RescoreJobsAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Job start(UUID id, FiscalYear year, RegionCode region, OrgPath regionPath, String by, Instant at) {
        Scope.Paths paths = Scope.subtree(regionPath).paths();
        // one running job per region and year: a second start finds the first one
        jdbc.sql("""
                        INSERT INTO evaluation.rescore_job (id, fiscal_year, region_code, region_path, status,
                            requested_by, started_at, evaluations)
                        SELECT ?, ?, ?, ?, 'RUNNING', ?, ?, count(*) FROM evaluation.self_evaluation
                        WHERE fiscal_year = ? AND unit_path >= ? AND unit_path < ?
                        ON CONFLICT (fiscal_year, region_code) WHERE status = 'RUNNING' DO NOTHING""")
                .params(id, year.value(), region.value(), regionPath.toString(), by, Timestamp.from(at), year.value(),
                        paths.from(), paths.until())
                .update();
        return jdbc.sql("SELECT * FROM evaluation.rescore_job WHERE fiscal_year = ? AND region_code = ? "
                        + "AND status = 'RUNNING'")
                .params(year.value(), region.value()).query((rs, n) -> job(rs)).single();
    }

    @Override
    public Optional<Job> find(UUID id) {
        return jdbc.sql("SELECT * FROM evaluation.rescore_job WHERE id = ?").param(id).query((rs, n) -> job(rs))
                .optional();
    }

    private static Job job(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        String afterPath = rs.getString("after_path");
        return new Job(new RescoreView(rs.getObject("id", UUID.class), rs.getInt("fiscal_year"),
                rs.getString("region_code"), RescoreStatus.valueOf(rs.getString("status")),
                rs.getString("requested_by"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getInt("evaluations"), rs.getInt("read"),
                rs.getInt("rescored"), rs.getInt("changed"), rs.getString("failure")),
                OrgPath.parse(rs.getString("region_path")),
                afterPath == null ? null : new Position(afterPath, rs.getObject("after_target", UUID.class)));
    }

    @Override
    public void progress(UUID id, int read, int rescored, int changed, Position after) {
        jdbc.sql("""
                        UPDATE evaluation.rescore_job SET read = read + ?, rescored = rescored + ?,
                            changed = changed + ?, after_path = ?, after_target = ?
                        WHERE id = ?""")
                .params(read, rescored, changed, after.unitPath(), after.target(), id).update();
    }

    @Override
    public void finish(UUID id, RescoreStatus status, Instant at, @Nullable String failure) {
        jdbc.sql("UPDATE evaluation.rescore_job SET status = ?, finished_at = ?, failure = ? WHERE id = ?")
                .params(Arrays.asList(status.name(), Timestamp.from(at),
                        failure == null ? null : failure.substring(0, Math.min(failure.length(), 2000)), id))
                .update();
    }

    @Override
    public List<UUID> running() {
        return jdbc.sql("SELECT id FROM evaluation.rescore_job WHERE status = 'RUNNING' ORDER BY started_at")
                .query(UUID.class).list();
    }
}

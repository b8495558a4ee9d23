package org.jixiao.monitoring.adapter.out.persistence;

import java.util.List;

import org.jixiao.monitoring.domain.MonitoringRound;
import org.jixiao.monitoring.domain.RoundScope;
import org.jixiao.monitoring.port.in.RoundView;
import org.jixiao.monitoring.port.out.RoundReadModel;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rounds a caller can see: a region's rounds are seen in its subtree and above it. A region opens a handful of
 * rounds a year, so a list reads the round table in the order of its index, with only the conditions present.
 */
@Repository
class RoundReadModelAdapter implements RoundReadModel {

    private final JdbcClient jdbc;

    RoundReadModelAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<RoundView> list(@Nullable OrgPath callerScope, @Nullable Integer fiscalYear, @Nullable OrgPath region,
            @Nullable RoundScope scope, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE true");
        if (callerScope != null) {
            where.append(" AND (starts_with(region_path, :caller) OR starts_with(:caller, region_path))");
        }
        if (region != null) {
            where.append(" AND (starts_with(region_path, :region) OR starts_with(:region, region_path))");
        }
        if (fiscalYear != null) {
            where.append(" AND fiscal_year = :year");
        }
        if (scope != null) {
            where.append(" AND scope = :scope");
        }
        long total = bind(jdbc.sql("SELECT count(*) FROM monitoring.round" + where), callerScope, fiscalYear, region,
                scope).query(Long.class).single();
        List<RoundView> rows = bind(jdbc.sql("SELECT * FROM monitoring.round" + where
                        + " ORDER BY -fiscal_year, -cutoff_month, region_path, scope, id LIMIT :limit OFFSET :offset"),
                callerScope, fiscalYear, region, scope)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> RoundView.of(MonitoringRound.rebuild(RoundPersistenceAdapter.snapshot(rs))))
                .list();
        return Page.of(rows, page, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, @Nullable OrgPath callerScope,
            @Nullable Integer fiscalYear, @Nullable OrgPath region, @Nullable RoundScope scope) {
        return sql.param("caller", callerScope == null ? "" : callerScope.toString())
                .param("region", region == null ? "" : region.toString())
                .param("year", fiscalYear == null ? 0 : fiscalYear)
                .param("scope", scope == null ? "" : scope.name());
    }
}

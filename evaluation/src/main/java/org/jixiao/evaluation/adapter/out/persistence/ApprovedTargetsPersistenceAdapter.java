package org.jixiao.evaluation.adapter.out.persistence;

import static org.jixiao.evaluation.adapter.out.persistence.SqlArrays.array;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jixiao.evaluation.port.out.ApprovedTargets;
import org.jixiao.targeting.events.TargetApproved;
import org.jixiao.targeting.events.TargetApproved.ApprovedIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The copy of the targets in force in three set statements per batch, whatever its size: an upsert of the targets
 * that keeps a row only for a later revision and returns the targets it changed, then their indicators deleted and
 * inserted. Columns travel as PostgreSQL arrays unnested side by side.
 */
@Repository("evaluationApprovedTargetsPersistenceAdapter")
class ApprovedTargetsPersistenceAdapter implements ApprovedTargets {

    private final JdbcClient jdbc;

    ApprovedTargetsPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int keep(List<TargetApproved> approvals) {
        // one row per target in a statement: the latest revision of those given
        Map<UUID, TargetApproved> latest = new LinkedHashMap<>();
        for (TargetApproved a : approvals) {
            latest.merge(a.header().aggregateId(), a, (x, y) -> y.revision() > x.revision() ? y : x);
        }
        if (latest.isEmpty()) {
            return 0;
        }
        Collection<TargetApproved> rows = latest.values();
        Set<UUID> changed = Set.copyOf(jdbc.sql("""
                        INSERT INTO evaluation.target_in_force AS t (target_id, revision, fiscal_year, kind, region_code,
                            unit_code, unit_path, department_code, project_code, project_name, budget_category,
                            fund_source, budget_amount, approved_at, target_version)
                        SELECT * FROM unnest(?::uuid[], ?::int[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::timestamptz[],
                            ?::bigint[])
                        ON CONFLICT (target_id) DO UPDATE SET revision = EXCLUDED.revision,
                            fiscal_year = EXCLUDED.fiscal_year, kind = EXCLUDED.kind, region_code = EXCLUDED.region_code,
                            unit_code = EXCLUDED.unit_code, unit_path = EXCLUDED.unit_path,
                            department_code = EXCLUDED.department_code, project_code = EXCLUDED.project_code,
                            project_name = EXCLUDED.project_name, budget_category = EXCLUDED.budget_category,
                            fund_source = EXCLUDED.fund_source, budget_amount = EXCLUDED.budget_amount,
                            approved_at = EXCLUDED.approved_at, target_version = EXCLUDED.target_version
                        WHERE t.revision < EXCLUDED.revision
                        RETURNING target_id""")
                .params(array("uuid", rows, a -> a.header().aggregateId()), array("int4", rows, TargetApproved::revision),
                        array("int4", rows, a -> a.header().fiscalYear()), array("text", rows, a -> a.kind().name()),
                        array("text", rows, a -> a.header().regionCode()), array("text", rows, a -> a.header().unitCode()),
                        array("text", rows, a -> a.header().unitPath()), array("text", rows, TargetApproved::departmentCode),
                        array("text", rows, TargetApproved::projectCode), array("text", rows, TargetApproved::projectName),
                        array("text", rows, a -> a.budgetCategory().name()), array("text", rows, a -> a.fundSource().name()),
                        array("numeric", rows, TargetApproved::budgetAmount),
                        array("timestamptz", rows, a -> Timestamp.from(a.header().occurredAt())),
                        array("int8", rows, a -> a.header().aggregateVersion()))
                .query(UUID.class).list());
        if (changed.isEmpty()) {
            return 0;
        }
        record Line(UUID target, int position, ApprovedIndicator indicator) {
        }
        List<Line> lines = new ArrayList<>();
        for (TargetApproved a : rows) {
            if (changed.contains(a.header().aggregateId())) {
                for (int i = 0; i < a.indicators().size(); i++) {
                    lines.add(new Line(a.header().aggregateId(), i, a.indicators().get(i)));
                }
            }
        }
        jdbc.sql("DELETE FROM evaluation.target_indicator WHERE target_id = ANY(?)")
                .param(array("uuid", changed, id -> id)).update();
        jdbc.sql("""
                        INSERT INTO evaluation.target_indicator (target_id, position, indicator_id, level1, level2, name,
                            operator, target_value, target_number, unit, weight)
                        SELECT target_id, position, indicator_id, level1, level2, name, operator, target_value,
                            CASE WHEN operator <> 'QUALITATIVE' THEN target_value::numeric END, unit, weight
                        FROM unnest(?::uuid[], ?::int[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::numeric[])
                            AS l (target_id, position, indicator_id, level1, level2, name, operator, target_value, unit,
                                  weight)""")
                .params(array("uuid", lines, Line::target), array("int4", lines, Line::position),
                        array("uuid", lines, l -> l.indicator().id()), array("text", lines, l -> l.indicator().level1().name()),
                        array("text", lines, l -> l.indicator().level2().name()), array("text", lines, l -> l.indicator().name()),
                        array("text", lines, l -> l.indicator().operator().name()),
                        array("text", lines, l -> l.indicator().targetValue()), array("text", lines, l -> l.indicator().unit()),
                        array("numeric", lines, l -> l.indicator().weight()))
                .update();
        return changed.size();
    }

    @Override
    public boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM evaluation.target_in_force)").query(Boolean.class).single();
    }

    @Override
    public long targets() {
        return jdbc.sql("SELECT count(*) FROM evaluation.target_in_force").query(Long.class).single();
    }

    @Override
    public long indicators() {
        return jdbc.sql("SELECT count(*) FROM evaluation.target_indicator").query(Long.class).single();
    }
}

package org.jixiao.rules;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jixiao.sharedkernel.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rule_change table: every SET and REMOVE of an override, never updated or deleted. */
@Repository
class RuleChanges {

    /** One change; {@code json} is the JSON text of the value of a SET, null for a REMOVE. */
    record Change(long version, RegionCode region, int fiscalYear, String key, RuleAction action, @Nullable String json,
                  String changedBy, Instant changedAt) {
    }

    private static final RowMapper<Change> ROW = (rs, n) -> new Change(rs.getLong("version"),
            RegionCode.of(rs.getString("region_code")), rs.getInt("fiscal_year"), rs.getString("rule_key"),
            RuleAction.valueOf(rs.getString("action")), rs.getString("value"), rs.getString("changed_by"),
            rs.getTimestamp("changed_at").toInstant());

    private final JdbcClient jdbc;

    RuleChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The latest change of each key (or of one key) for each region of the lineage in a year: what
     * inheritance resolves from, in one indexed query.
     */
    List<Change> latest(List<RegionCode> lineage, int fiscalYear, @Nullable String key) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (rule_key, region_code) version, region_code, fiscal_year, rule_key, action,
                               value::text AS value, changed_by, changed_at
                        FROM platform.rule_change
                        WHERE fiscal_year = :year AND region_code IN (:regions) AND (:key::text IS NULL OR rule_key = :key)
                        ORDER BY rule_key, region_code, version DESC""")
                .param("year", fiscalYear)
                .param("regions", lineage.stream().map(RegionCode::value).toList())
                .param("key", key)
                .query(ROW).list();
    }

    List<Change> history(RegionCode region, int fiscalYear, String key) {
        return jdbc.sql("""
                        SELECT version, region_code, fiscal_year, rule_key, action, value::text AS value, changed_by, changed_at
                        FROM platform.rule_change WHERE region_code = ? AND fiscal_year = ? AND rule_key = ?
                        ORDER BY version DESC""")
                .params(region.value(), fiscalYear, key).query(ROW).list();
    }

    /**
     * Serialises changes of one key in one year in every region, so a writer's version check sees the value in
     * force, inherited ones included: concurrent writers wait here, inside their transaction.
     */
    void lock(int fiscalYear, String key) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(fiscalYear + "/" + key)
                .query((rs, n) -> 1).single();
    }

    long append(RegionCode region, int fiscalYear, String key, RuleAction action, @Nullable String json, String changedBy) {
        return jdbc.sql("""
                        INSERT INTO platform.rule_change (region_code, fiscal_year, rule_key, action, value, changed_by)
                        VALUES (?, ?, ?, ?, ?::jsonb, ?) RETURNING version""")
                .params(Arrays.asList(region.value(), fiscalYear, key, action.name(), json, changedBy))
                .query(Long.class).single();
    }
}

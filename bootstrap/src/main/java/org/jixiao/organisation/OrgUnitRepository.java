package org.jixiao.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.access.OrgKind;
import org.jixiao.sharedkernel.access.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The org_unit table. Subtrees are one indexed prefix match on {@code path}. */
@Repository
class OrgUnitRepository {

    private static final String COLUMNS = "code, name, kind, parent_code, path, region_code, department_code, version";
    private static final RowMapper<OrgUnit> ROW = (rs, n) -> new OrgUnit(
            OrgCode.of(rs.getString("code")), rs.getString("name"), OrgKind.valueOf(rs.getString("kind")),
            rs.getString("parent_code") == null ? null : OrgCode.of(rs.getString("parent_code")),
            OrgPath.parse(rs.getString("path")), RegionCode.of(rs.getString("region_code")),
            rs.getString("department_code") == null ? null : OrgCode.of(rs.getString("department_code")),
            rs.getLong("version"));

    private final JdbcClient jdbc;

    OrgUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrgUnit> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.org_unit WHERE code = ?").param(code).query(ROW).optional();
    }

    /** Names by code, one query. */
    Map<OrgCode, String> namesOf(List<String> codes) {
        Map<OrgCode, String> names = new HashMap<>();
        jdbc.sql("SELECT code, name FROM platform.org_unit WHERE code = ANY(?)")
                .param(codes.toArray(String[]::new))
                .query((rs, n) -> names.put(OrgCode.of(rs.getString("code")), rs.getString("name"))).list();
        return names;
    }

    boolean exists(String code) {
        return jdbc.sql("SELECT count(*) FROM platform.org_unit WHERE lower(code) = lower(?)").param(code).query(Integer.class).single() > 0;
    }

    /** Inserts; a duplicate code surfaces as Spring's DuplicateKeyException (409). */
    void insert(OrgUnit unit, String createdBy) {
        jdbc.sql("""
                INSERT INTO platform.org_unit (code, name, kind, parent_code, path, region_code, department_code, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(unit.code().value(), unit.name(), unit.kind().name(),
                        unit.parentCode() == null ? null : unit.parentCode().value(), unit.path().toString(),
                        unit.region().value(), unit.department() == null ? null : unit.department().value(), createdBy))
                .update();
    }

    /** Renames; false when the version is no longer {@code expected}. */
    boolean rename(String code, String name, long expected, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE platform.org_unit SET name = ?, version = version + 1, updated_at = ?, updated_by = ?
                        WHERE code = ? AND version = ?""")
                .params(name, Timestamp.from(at), by, code, expected).update() == 1;
    }

    /** Units in a scope, optionally only the children of {@code parent}. */
    List<OrgUnit> page(Scope scope, @Nullable String parent, PageQuery page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.org_unit WHERE path LIKE :pattern"
                        + (parent == null ? "" : " AND parent_code = :parent") + " ORDER BY path LIMIT :limit OFFSET :offset")
                .param("pattern", Subtrees.like(scope)).param("parent", parent)
                .param("limit", page.size()).param("offset", page.offset())
                .query(ROW).list();
    }

    long count(Scope scope, @Nullable String parent) {
        return jdbc.sql("SELECT count(*) FROM platform.org_unit WHERE path LIKE :pattern"
                        + (parent == null ? "" : " AND parent_code = :parent"))
                .param("pattern", Subtrees.like(scope)).param("parent", parent).query(Long.class).single();
    }
}

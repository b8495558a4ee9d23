package org.jixiao.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.sharedkernel.access.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account table, joined to the organisation tree for paths. */
@Repository
class AccountRepository {

    /** What authentication needs: the hash, whether the account may log in, and the caller it becomes. */
    record Credentials(String passwordHash, boolean enabled, Caller caller) {
    }

    private static final String COLUMNS =
            "a.username, a.display_name, a.role, a.org_code, a.enabled, a.created_at, a.version";
    private static final RowMapper<Account> ROW = (rs, n) -> new Account(rs.getString("username"),
            rs.getString("display_name"), Role.valueOf(rs.getString("role")),
            rs.getString("org_code") == null ? null : OrgCode.of(rs.getString("org_code")), rs.getBoolean("enabled"),
            rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("""
                        SELECT a.username, a.password_hash, a.enabled, a.role, a.org_code, o.path
                        FROM platform.account a LEFT JOIN platform.org_unit o ON o.code = a.org_code
                        WHERE a.username = ?""")
                .param(username)
                .query((rs, n) -> new Credentials(rs.getString("password_hash"), rs.getBoolean("enabled"), caller(rs)))
                .optional();
    }

    /**
     * The caller an account row ({@code username, role, org_code} and its organisation's {@code path}) becomes. No
     * scope for an ADMIN (who acts everywhere, bound to an organisation or not).
     */
    static Caller caller(ResultSet rs) throws SQLException {
        String path = rs.getString("path");
        Role role = Role.valueOf(rs.getString("role"));
        return new Caller(rs.getString("username"), role,
                rs.getString("org_code") == null ? null : OrgCode.of(rs.getString("org_code")),
                path == null || role == Role.ADMIN ? null : OrgPath.parse(path));
    }

    String passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM platform.account WHERE username = ?").param(username)
                .query(String.class).single();
    }

    /** Changes role, organisation and display name; false when the version is no longer {@code expected}. */
    boolean updateProfile(Account changed, long expected, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE platform.account SET display_name = ?, role = ?, org_code = ?, version = version + 1,
                               updated_at = ?, updated_by = ?
                        WHERE username = ? AND version = ?""")
                .params(Arrays.asList(changed.displayName(), changed.role().name(),
                        changed.orgCode() == null ? null : changed.orgCode().value(), Timestamp.from(at), by,
                        changed.username(), expected))
                .update() == 1;
    }

    boolean updateEnabled(String username, boolean enabled, long expected, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE platform.account SET enabled = ?, version = version + 1, updated_at = ?, updated_by = ?
                        WHERE username = ? AND version = ?""")
                .params(enabled, Timestamp.from(at), by, username, expected).update() == 1;
    }

    boolean updatePassword(String username, String passwordHash, long expected, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE platform.account SET password_hash = ?, version = version + 1, updated_at = ?, updated_by = ?
                        WHERE username = ? AND version = ?""")
                .params(passwordHash, Timestamp.from(at), by, username, expected).update() == 1;
    }

    Optional<Account> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.account a WHERE a.username = ?").param(username)
                .query(ROW).optional();
    }

    /** The organisation path of an account, null for an ADMIN without one. */
    Optional<OrgPath> pathOf(Account account) {
        if (account.orgCode() == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT path FROM platform.org_unit WHERE code = ?").param(account.orgCode().value())
                .query(String.class).optional().map(OrgPath::parse);
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM platform.account WHERE lower(username) = lower(?)").param(username)
                .query(Integer.class).single() > 0;
    }

    boolean anyAdmin() {
        return jdbc.sql("SELECT count(*) FROM platform.account WHERE role = 'ADMIN'").query(Integer.class).single() > 0;
    }

    void insert(Account account, String passwordHash, String createdBy) {
        jdbc.sql("""
                INSERT INTO platform.account (username, password_hash, display_name, role, org_code, enabled, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(account.username(), passwordHash, account.displayName(), account.role().name(),
                        account.orgCode() == null ? null : account.orgCode().value(), account.enabled(),
                        Timestamp.from(account.createdAt()), createdBy))
                .update();
    }

    /** Accounts of organisations in a scope, optionally of one organisation. */
    List<Account> page(Scope scope, @Nullable String orgCode, PageQuery page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.account a LEFT JOIN platform.org_unit o ON o.code = a.org_code"
                        + " WHERE " + where(scope, orgCode) + " ORDER BY a.username LIMIT :limit OFFSET :offset")
                .param("pattern", Subtrees.like(scope)).param("org", orgCode)
                .param("limit", page.size()).param("offset", page.offset())
                .query(ROW).list();
    }

    long count(Scope scope, @Nullable String orgCode) {
        return jdbc.sql("SELECT count(*) FROM platform.account a LEFT JOIN platform.org_unit o ON o.code = a.org_code"
                        + " WHERE " + where(scope, orgCode))
                .param("pattern", Subtrees.like(scope)).param("org", orgCode).query(Long.class).single();
    }

    /** The whole tree includes accounts without an organisation (an ADMIN's). */
    private static String where(Scope scope, @Nullable String orgCode) {
        String subtree = scope.root().isEmpty() ? "TRUE" : "o.path LIKE :pattern";
        return orgCode == null ? subtree : subtree + " AND a.org_code = :org";
    }
}

package org.jixiao.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.Role;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account table, joined to the organisation tree for paths. */
@Repository
class AccountRepository {

    /** What authentication needs: the hash, whether the account may log in, and the caller it becomes. */
    record Credentials(String passwordHash, boolean enabled, Caller caller) {
    }

    private static final String COLUMNS = "a.username, a.display_name, a.role, a.org_code, a.enabled, a.created_at";
    private static final RowMapper<Account> ROW = (rs, n) -> new Account(rs.getString("username"),
            rs.getString("display_name"), Role.valueOf(rs.getString("role")),
            rs.getString("org_code") == null ? null : OrgCode.of(rs.getString("org_code")), rs.getBoolean("enabled"),
            rs.getTimestamp("created_at").toInstant());

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
                .query((rs, n) -> new Credentials(rs.getString("password_hash"), rs.getBoolean("enabled"),
                        new Caller(rs.getString("username"), Role.valueOf(rs.getString("role")),
                                rs.getString("org_code") == null ? null : OrgCode.of(rs.getString("org_code")),
                                adminOrNull(rs) ? null : OrgPath.parse(rs.getString("path")))))
                .optional();
    }

    /** No scope for an ADMIN (who acts everywhere, bound to an organisation or not) or an account without one. */
    private static boolean adminOrNull(ResultSet rs) throws SQLException {
        return rs.getString("path") == null || Role.ADMIN.name().equals(rs.getString("role"));
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
        return jdbc.sql("SELECT count(*) FROM platform.account WHERE username = ?").param(username)
                .query(Integer.class).single() > 0;
    }

    boolean anyAdmin() {
        return jdbc.sql("SELECT count(*) FROM platform.account WHERE role = 'ADMIN'").query(Integer.class).single() > 0;
    }

    void insert(Account account, String passwordHash, String createdBy) {
        jdbc.sql("""
                INSERT INTO platform.account (username, password_hash, display_name, role, org_code, enabled, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(account.username(), passwordHash, account.displayName(), account.role().name(),
                        account.orgCode() == null ? null : account.orgCode().value(), account.enabled(),
                        Timestamp.from(account.createdAt()), createdBy)
                .update();
    }

    /** Accounts of organisations in a subtree ({@code pattern}), optionally of one organisation. */
    List<Account> page(String pattern, String orgCode, PageQuery page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.account a LEFT JOIN platform.org_unit o ON o.code = a.org_code"
                        + " WHERE " + where(pattern, orgCode) + " ORDER BY a.username LIMIT :limit OFFSET :offset")
                .param("pattern", pattern).param("org", orgCode)
                .param("limit", page.size()).param("offset", page.offset())
                .query(ROW).list();
    }

    long count(String pattern, String orgCode) {
        return jdbc.sql("SELECT count(*) FROM platform.account a LEFT JOIN platform.org_unit o ON o.code = a.org_code"
                        + " WHERE " + where(pattern, orgCode))
                .param("pattern", pattern).param("org", orgCode).query(Long.class).single();
    }

    private static String where(String pattern, String orgCode) {
        String subtree = "/%".equals(pattern) ? "TRUE" : "o.path LIKE :pattern";
        return orgCode == null ? subtree : subtree + " AND a.org_code = :org";
    }
}

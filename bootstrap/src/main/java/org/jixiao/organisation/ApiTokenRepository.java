package org.jixiao.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The api_token table: tokens by account, and the one indexed lookup a request with a token costs. */
@Repository
class ApiTokenRepository {

    /** What a request with a token needs: whether it may act now, and as whom. */
    record Holder(Instant expiresAt, @Nullable Instant revokedAt, boolean enabled, Caller caller) {
    }

    private static final String COLUMNS =
            "id, username, name, prefix, expires_at, created_at, created_by, revoked_at, revoked_by";
    private static final RowMapper<ApiToken> ROW = (rs, n) -> new ApiToken(rs.getObject("id", UUID.class),
            rs.getString("username"), rs.getString("name"), rs.getString("prefix"),
            rs.getTimestamp("expires_at").toInstant(), rs.getTimestamp("created_at").toInstant(),
            rs.getString("created_by"), instant(rs.getTimestamp("revoked_at")), rs.getString("revoked_by"));

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Holder> holder(byte[] secretHash) {
        return jdbc.sql("""
                        SELECT t.expires_at, t.revoked_at, a.enabled, a.username, a.role, a.org_code, o.path
                        FROM platform.api_token t
                        JOIN platform.account a ON a.username = t.username
                        LEFT JOIN platform.org_unit o ON o.code = a.org_code
                        WHERE t.secret_hash = ?""")
                .param(secretHash)
                .query((rs, n) -> new Holder(rs.getTimestamp("expires_at").toInstant(),
                        instant(rs.getTimestamp("revoked_at")), rs.getBoolean("enabled"), AccountRepository.caller(rs)))
                .optional();
    }

    void insert(ApiToken token, byte[] secretHash) {
        jdbc.sql("""
                INSERT INTO platform.api_token (id, username, name, secret_hash, prefix, expires_at, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(token.id(), token.username(), token.name(), secretHash, token.prefix(),
                        Timestamp.from(token.expiresAt()), Timestamp.from(token.createdAt()), token.createdBy())
                .update();
    }

    Optional<ApiToken> find(String username, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.api_token WHERE username = ? AND id = ?")
                .params(username, id).query(ROW).optional();
    }

    List<ApiToken> page(String username, PageQuery page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.api_token WHERE username = ?"
                        + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
                .params(username, page.size(), page.offset()).query(ROW).list();
    }

    long count(String username) {
        return jdbc.sql("SELECT count(*) FROM platform.api_token WHERE username = ?").param(username)
                .query(Long.class).single();
    }

    /** Revokes the token if it is not yet; true when this call did. */
    boolean revoke(UUID id, Instant at, String by) {
        return jdbc.sql("UPDATE platform.api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(at), by, id).update() == 1;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

package org.jixiao.platform.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives. With {@code JIXIAO_DB_URL} (and {@code JIXIAO_DB_USER}, {@code JIXIAO_DB_PASSWORD}) the
 * service uses that PostgreSQL server; without it, it runs an embedded PostgreSQL keeping its files under
 * {@code JIXIAO_DATA_DIR} (default {@code ./data}) across restarts.
 */
@ConfigurationProperties("jixiao")
public record DatabaseSettings(@DefaultValue Db db, @DefaultValue("./data") Path dataDir) {

    /**
     * The server's URL and credentials, the connection pool size ({@code JIXIAO_DB_POOL_SIZE}, default 8: two
     * cores keep about that many statements busy, more only queue inside PostgreSQL), how long a request waits for
     * a connection before it is answered 503 ({@code JIXIAO_DB_CONNECTION_TIMEOUT}, 2s), and how long one statement
     * may run before PostgreSQL cancels it, also a 503 ({@code JIXIAO_DB_STATEMENT_TIMEOUT}, 15s).
     */
    public record Db(String url, @DefaultValue("postgres") String user, String password,
                     @DefaultValue("8") int poolSize, @DefaultValue("2s") Duration connectionTimeout,
                     @DefaultValue("15s") Duration statementTimeout) {
    }
}

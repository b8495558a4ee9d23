package org.jixiao.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives. With {@code JIXIAO_DB_URL} (and {@code JIXIAO_DB_USER}, {@code JIXIAO_DB_PASSWORD}) the
 * service uses that PostgreSQL server; without it, it runs an embedded PostgreSQL keeping its files under
 * {@code JIXIAO_DATA_DIR} (default {@code ./data}) across restarts.
 */
@ConfigurationProperties("jixiao")
public record DatabaseSettings(@DefaultValue Db db, @DefaultValue("./data") Path dataDir) {

    /** The server's URL and credentials, and the connection pool size ({@code JIXIAO_DB_POOL_SIZE}, default 16). */
    public record Db(String url, @DefaultValue("postgres") String user, String password,
                     @DefaultValue("16") int poolSize) {
    }
}

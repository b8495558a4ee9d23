package org.jixiao.platform.database;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The one connection pool: to the PostgreSQL server at {@code JIXIAO_DB_URL}, or to the embedded PostgreSQL
 * started here. The embedded pool depends on the embedded database, so Spring closes the pool (and everything
 * using it) before it stops PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfiguration {

    @Bean
    @Conditional(ServerConfigured.class)
    HikariDataSource serverDataSource(DatabaseSettings settings) {
        return pool(settings.db().url(), settings.db().user(), settings.db().password(), settings.db());
    }

    @Bean(destroyMethod = "close")
    @Conditional(NoServerConfigured.class)
    EmbeddedDatabase embeddedDatabase(DatabaseSettings settings) {
        return EmbeddedDatabase.start(settings.dataDir());
    }

    @Bean
    @Conditional(NoServerConfigured.class)
    HikariDataSource embeddedDataSource(EmbeddedDatabase database, DatabaseSettings settings) {
        return pool(database.jdbcUrl(), database.user(), database.password(), settings.db());
    }

    /**
     * A lost database is noticed within about two seconds: a request waits at most that long for a connection
     * (then 503 with Retry-After), a connection attempt and a validation give up sooner, and a read that hears
     * nothing for a minute is abandoned. PostgreSQL itself cancels a statement running longer than the statement
     * timeout, so a request given up on leaves no query running for long.
     */
    private static HikariDataSource pool(String url, String user, String password, DatabaseSettings.Db settings) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("jixiao");
        dataSource.setMaximumPoolSize(settings.poolSize());
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setConnectionTimeout(settings.connectionTimeout().toMillis());
        dataSource.setValidationTimeout(Math.min(1000, settings.connectionTimeout().toMillis() / 2));
        dataSource.addDataSourceProperty("connectTimeout", "2");
        dataSource.addDataSourceProperty("socketTimeout", "60");
        dataSource.addDataSourceProperty("tcpKeepAlive", "true");
        // a batch of inserts (a target's indicators) goes as one multi-row INSERT: one statement to plan, not one per row
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        dataSource.addDataSourceProperty("options", "-c statement_timeout=" + settings.statementTimeout().toMillis());
        return dataSource;
    }

    static class ServerConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("jixiao.db.url"));
        }
    }

    static class NoServerConfigured extends ServerConfigured {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !super.matches(context, metadata);
        }
    }
}

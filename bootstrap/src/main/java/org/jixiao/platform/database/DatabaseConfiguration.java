package org.jixiao.platform.database;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import com.zaxxer.hikari.HikariDataSource;

/** The one connection pool: to the configured PostgreSQL server, or to the embedded one started here. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(NoServerConfigured.class)
    EmbeddedDatabase embeddedDatabase(DatabaseSettings settings) {
        return EmbeddedDatabase.start(settings.dataDir());
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DatabaseSettings settings, ObjectProvider<EmbeddedDatabase> embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        if (settings.usesServer()) {
            dataSource.setJdbcUrl(settings.db().url());
            dataSource.setUsername(settings.db().user());
            dataSource.setPassword(settings.db().password());
        } else {
            dataSource.setJdbcUrl(embedded.getObject().jdbcUrl());
            dataSource.setUsername("postgres");
        }
        return dataSource;
    }

    static class NoServerConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("jixiao.db.url"));
        }
    }
}

package org.jixiao.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jixiao.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class StageSchemasTests extends PlatformTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyStageHasItsOwnSchemaAndMigrationHistory() {
        for (String schema : StageMigrations.SCHEMAS) {
            Integer applied = jdbc.sql("SELECT count(*) FROM " + schema + ".flyway_schema_history WHERE success")
                    .query(Integer.class).single();
            assertThat(applied).as(schema).isPositive();
        }
        List<String> schemas = jdbc.sql("SELECT nspname FROM pg_namespace").query(String.class).list();
        assertThat(schemas).containsAll(StageMigrations.SCHEMAS);
    }

    @Test
    void theEventPublicationRegistryIsOwnedByThePlatformMigration() {
        List<String> columns = jdbc.sql("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = 'platform' AND table_name = 'event_publication'""").query(String.class).list();
        assertThat(columns).contains("status", "completion_attempts", "last_resubmission_date", "serialized_event");
    }

    @Test
    void theDatabaseIsARealPostgresql() {
        String version = jdbc.sql("SELECT version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL");
    }
}

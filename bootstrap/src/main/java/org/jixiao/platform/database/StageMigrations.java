package org.jixiao.platform.database;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * One PostgreSQL schema and one Flyway history per stage. Each stage keeps its migrations in
 * {@code db/migration/<module id>/} inside its own jar, numbered from V1 independently of the others, and they run
 * in the order of the loop, the platform first. Flyway creates each schema before the stage's first migration.
 */
@Component
class StageMigrations implements FlywayMigrationStrategy {

    /** Module ids in the order of the loop; each is also the name of its PostgreSQL schema. */
    static final List<String> SCHEMAS =
            List.of("platform", "assessment", "targeting", "monitoring", "evaluation", "resultapplication");

    @Override
    public void migrate(Flyway configured) {
        for (String schema : SCHEMAS) {
            Flyway.configure(configured.getConfiguration().getClassLoader())
                    .configuration(configured.getConfiguration())
                    .schemas(schema)
                    .defaultSchema(schema)
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + schema)
                    .load()
                    .migrate();
        }
    }
}

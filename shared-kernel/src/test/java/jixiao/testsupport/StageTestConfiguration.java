package jixiao.testsupport;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * What a stage needs to test itself inside its own module, against this JVM's real {@link TestDatabase}: JDBC,
 * transactions, a clock, and doubles of the platform's ports — the caller ({@link TestCallers}), the organisation
 * tree ({@link TestOrgDirectory}), the accounts ({@link TestAccountDirectory}) and the rules
 * ({@link TestRuleStore}). Never a double of the database.
 * <p>
 * A stage's test configuration imports this, scans its own package and migrates its schema with
 * {@link #migrate(DataSource, String)}: {@code @Bean Flyway targetingSchema(DataSource ds)}.
 */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement
public class StageTestConfiguration {

    /** Migrates one stage's schema from {@code classpath:db/migration/<schema>}, as the platform does. */
    public static Flyway migrate(DataSource dataSource, String schema) {
        Flyway flyway = Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .createSchemas(true).locations("classpath:db/migration/" + schema).load();
        flyway.migrate();
        return flyway;
    }

    private static final AtomicBoolean DROP_REGISTERED = new AtomicBoolean();

    @Bean
    DataSource dataSource() {
        TestDatabase database = TestDatabase.get();
        if (DROP_REGISTERED.compareAndSet(false, true)) {
            // no pool here to race (see TestDatabaseInitializer): a JVM shutdown hook may drop the database
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::shutdown, "drop-test-database"));
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.url());
        dataSource.setUser(database.user());
        if (database.password() != null) {
            dataSource.setPassword(database.password());
        }
        return dataSource;
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    @Bean
    JdbcClient jdbcClient(JdbcTemplate jdbcTemplate) {
        return JdbcClient.create(jdbcTemplate);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    TestCallers callers() {
        return new TestCallers();
    }

    @Bean
    TestOrgDirectory orgDirectory() {
        return new TestOrgDirectory();
    }

    @Bean
    TestAccountDirectory accountDirectory() {
        return new TestAccountDirectory();
    }

    @Bean
    TestRuleStore ruleStore() {
        return new TestRuleStore();
    }
}

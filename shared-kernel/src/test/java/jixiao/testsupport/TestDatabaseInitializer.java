package jixiao.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring application started in a test JVM at that JVM's {@link TestDatabase}, through the same
 * {@code jixiao.db.*} settings the product reads, so the product's own wiring is what the tests exercise.
 * Registered in {@code META-INF/spring.factories}: a module's tests need no annotation to get it.
 * <p>
 * The database is dropped by a Spring Boot shutdown handler, which runs after the contexts have closed; a plain
 * JVM shutdown hook would race the connection pool's shutdown and hang every test JVM for 30 seconds.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicBoolean DROP_REGISTERED = new AtomicBoolean();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestDatabase.get();
        Map<String, Object> settings = new HashMap<>();
        settings.put("jixiao.db.url", database.url());
        settings.put("jixiao.db.user", database.user());
        settings.put("jixiao.db.password", database.password() == null ? "" : database.password());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("jixiaoTestDatabase", settings));
        if (DROP_REGISTERED.compareAndSet(false, true)) {
            SpringApplication.getShutdownHandlers().add(TestDatabase::shutdown);
        }
    }
}

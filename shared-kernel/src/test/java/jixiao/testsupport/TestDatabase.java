package jixiao.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real, fresh PostgreSQL database per test JVM, dropped when the JVM's Spring contexts have closed.
 * <p>
 * Where it comes from, in this order: the server at {@code JIXIAO_TEST_DB_URL} (with {@code JIXIAO_TEST_DB_USER}
 * and {@code JIXIAO_TEST_DB_PASSWORD}); a Testcontainers PostgreSQL when a Docker engine answers; otherwise an
 * embedded PostgreSQL (real binaries from Maven Central) in a temporary directory. Never an in-memory stand-in.
 */
public final class TestDatabase {

    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");
    private static TestDatabase instance;

    private final String source;
    private final String adminUrl;
    private final String url;
    private final String user;
    private final String password;
    private final String databaseName;
    private final AutoCloseable server;

    private TestDatabase(String source, String serverUrl, String user, String password, AutoCloseable server) {
        this.source = source;
        this.user = user;
        this.password = password;
        this.server = server;
        this.databaseName = "jixiao_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        this.adminUrl = serverUrl;
        this.url = withDatabase(serverUrl, databaseName);
        execute("CREATE DATABASE " + databaseName);
    }

    /** The database of this JVM, started on first use. */
    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** Drops the database and stops what was started for it; a later {@link #get()} starts afresh. */
    public static synchronized void shutdown() {
        if (instance != null) {
            instance.close();
            instance = null;
        }
    }

    private static TestDatabase start() {
        String configured = setting("JIXIAO_TEST_DB_URL");
        if (configured != null) {
            String user = setting("JIXIAO_TEST_DB_USER");
            return new TestDatabase("server " + configured, configured, user == null ? "postgres" : user,
                    setting("JIXIAO_TEST_DB_PASSWORD"), () -> { });
        }
        if (dockerMayAnswer() && DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:18-alpine");
            container.start();
            return new TestDatabase("Testcontainers " + container.getDockerImageName(), container.getJdbcUrl(),
                    container.getUsername(), container.getPassword(), container::stop);
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            return new TestDatabase("embedded PostgreSQL", embedded.getJdbcUrl("postgres", "postgres"), "postgres",
                    null, embedded);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /** Asking Testcontainers costs seconds of failed probes; skip it where no engine can be listening. */
    private static boolean dockerMayAnswer() {
        return System.getenv("DOCKER_HOST") != null || new File("/var/run/docker.sock").exists();
    }

    private static String setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : value;
    }

    static String withDatabase(String jdbcUrl, String database) {
        Matcher matcher = JDBC_URL.matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return matcher.group(1) + database + (matcher.group(3) == null ? "" : matcher.group(3));
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String databaseName() {
        return databaseName;
    }

    public String source() {
        return source;
    }

    private void close() {
        try {
            execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        } finally {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("test database server did not stop cleanly: " + e);
            }
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql.toLowerCase(Locale.ROOT) + " failed on " + source, e);
        }
    }
}

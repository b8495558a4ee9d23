package org.jixiao.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default as an operator and a local attacker meet it: durable settings, closed to every login but
 * the application's password, private files, one service per directory, and a restart that keeps the data.
 */
class EmbeddedDatabaseTests {

    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsTheData() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir);
             Connection connection = connect(first);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (amount numeric(15, 2))");
            statement.execute("INSERT INTO kept VALUES (1234567.89)");
            assertThat(first.directory()).isEqualTo(dataDir.resolve("postgres"));
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir);
             Connection connection = connect(second);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT amount FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getBigDecimal(1)).isEqualByComparingTo("1234567.89");
        }
    }

    @Test
    void durableAsANormalInstallationAndTheApplicationIsNoSuperuser() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
             Connection superuser = DriverManager.getConnection(database.jdbcUrl(), "postgres",
                     Files.readString(dataDir.resolve("secrets/superuser")));
             Statement settingsQuery = superuser.createStatement();
             Connection connection = connect(database);
             Statement statement = connection.createStatement()) {
            List<String> settings = new ArrayList<>();
            for (String name : List.of("fsync", "synchronous_commit", "full_page_writes", "unix_socket_directories")) {
                try (ResultSet row = settingsQuery.executeQuery("SHOW " + name)) {
                    row.next();
                    settings.add(name + "=" + row.getString(1));
                }
            }
            assertThat(settings).containsExactly("fsync=on", "synchronous_commit=on", "full_page_writes=on",
                    "unix_socket_directories=");
            try (ResultSet role = statement.executeQuery(
                    "SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user")) {
                role.next();
                assertThat(List.of(role.getBoolean(1), role.getBoolean(2), role.getBoolean(3)))
                        .containsOnly(false);
            }
            assertThatThrownBy(() -> statement.execute("COPY (SELECT 1) TO PROGRAM 'id'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("must be superuser");
        }
    }

    @Test
    void noLoginWithoutThePasswordAndTheSecretsArePrivate() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            String postgresDb = "jdbc:postgresql://localhost:" + database.port() + "/postgres";
            for (String user : List.of("postgres", EmbeddedDatabase.APPLICATION)) {
                assertThatThrownBy(() -> DriverManager.getConnection(postgresDb, user, null).close())
                        .as("no password for %s", user).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> DriverManager.getConnection(postgresDb, user, "wrong").close())
                        .as("wrong password for %s", user).isInstanceOf(SQLException.class)
                        .hasMessageContaining("password authentication failed");
            }
            assertThat(Files.readString(database.directory().resolve("pg_hba.conf")))
                    .doesNotContain("trust").doesNotContain("\nlocal");
            assertThat(mode(dataDir)).isEqualTo("rwx------");
            assertThat(mode(dataDir.resolve("secrets"))).isEqualTo("rwx------");
            assertThat(mode(dataDir.resolve("secrets/superuser"))).isEqualTo("rw-------");
            assertThat(mode(dataDir.resolve("secrets/application"))).isEqualTo("rw-------");
            assertThat(mode(database.directory())).isEqualTo("rwx------");
            assertThat(mode(dataDir.resolve("binaries"))).isEqualTo("rwx------");
            ProcessHandle server = OrphanedServer.find(database.directory()).orElseThrow();
            assertThat(server.info().command().orElseThrow())
                    .as("the programs it runs live in the private data directory")
                    .startsWith(dataDir.resolve("binaries").toString());
        }
    }

    @Test
    void oneServicePerDataDirectory() throws Exception {
        try (EmbeddedDatabase running = EmbeddedDatabase.start(dataDir)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir))
                    .hasMessageContaining("another Jixiao service is running");
            try (Connection stillServing = connect(running)) {
                assertThat(stillServing.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void aClusterWithoutSecretsIsRefusedWithAReason() throws Exception {
        EmbeddedDatabase.start(dataDir).close();
        Files.delete(dataDir.resolve("secrets/application"));
        assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir))
                .hasMessageContaining("has no secrets").hasMessageContaining("pg_dump");
    }

    static Connection connect(EmbeddedDatabase database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.user());
        properties.setProperty("password", database.password());
        return DriverManager.getConnection(database.jdbcUrl(), properties);
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}

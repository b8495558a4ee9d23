package org.jixiao.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTests {

    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsTheData() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir);
             Connection connection = DriverManager.getConnection(first.jdbcUrl(), "postgres", null);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (amount numeric(15, 2))");
            statement.execute("INSERT INTO kept VALUES (1234567.89)");
            assertThat(first.directory()).isEqualTo(dataDir.resolve("postgres"));
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir);
             Connection connection = DriverManager.getConnection(second.jdbcUrl(), "postgres", null);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT amount FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getBigDecimal(1)).isEqualByComparingTo("1234567.89");
        }
    }
}

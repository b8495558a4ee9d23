package org.jixiao.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Crash tests on a real embedded PostgreSQL: a service (a separate JVM running {@link AcknowledgedWriter}) commits
 * rows as fast as it can and reports each one once its commit returned; the test kills it with SIGKILL in the
 * middle, with or without the server it started, starts the database again on the same files and counts.
 * Every acknowledged row must be there, and the start must need no hand (an orphaned server is dealt with).
 */
class EmbeddedDatabaseCrashTests {

    private static final int ACKNOWLEDGED_BEFORE_THE_CRASH = 300;

    enum Crash {
        /** kill -9 of the JVM alone: the postmaster lives on, orphaned, holding postmaster.pid. */
        SERVICE_ONLY,
        /** kill -9 of the JVM and of every PostgreSQL process: what a container kill or power cut leaves. */
        SERVICE_AND_DATABASE
    }

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Crash.class)
    void everyAcknowledgedWriteSurvivesAndTheRestartRecoversByItself(Crash crash) throws Exception {
        Set<Long> acknowledged = new HashSet<>();
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AcknowledgedWriter.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            String line;
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_THE_CRASH && (line = out.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acknowledged.add(Long.parseLong(line.substring(4)));
                }
                assertThat(System.nanoTime()).as("writer too slow").isLessThan(deadline);
            }
            ProcessHandle server = OrphanedServer.find(dataDir.resolve("postgres")).orElseThrow();
            service.toHandle().destroyForcibly(); // SIGKILL; Process.destroyForcibly would also close our end of stdout
            service.waitFor(10, TimeUnit.SECONDS);
            // lines already written before the kill are acknowledged too
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acknowledged.add(Long.parseLong(line.substring(4)));
                }
            }
            if (crash == Crash.SERVICE_AND_DATABASE) {
                server.descendants().forEach(ProcessHandle::destroyForcibly);
                server.destroyForcibly();
                server.onExit().get(10, TimeUnit.SECONDS);
            } else {
                assertThat(server.isAlive()).as("the orphaned postmaster").isTrue();
            }
        } finally {
            service.destroyForcibly();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_THE_CRASH);

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir);
             Connection connection = EmbeddedDatabaseTests.connect(restarted);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM approval")) {
            Set<Long> kept = new HashSet<>();
            while (rows.next()) {
                kept.add(rows.getLong(1));
            }
            assertThat(kept).as("acknowledged approvals after the crash").containsAll(acknowledged);
        }
    }

    /** The service of the crash test: commits rows one by one and prints {@code ack <id>} after each commit. */
    public static final class AcknowledgedWriter {

        public static void main(String[] args) throws Exception {
            EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
            try (Connection connection = EmbeddedDatabaseTests.connect(database);
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE approval (id bigint PRIMARY KEY, amount numeric(15, 2) NOT NULL)");
                for (long id = 1; ; id++) {
                    statement.executeUpdate("INSERT INTO approval VALUES (" + id + ", 1234.56)");
                    System.out.println("ack " + id);
                    System.out.flush();
                }
            }
        }

        private AcknowledgedWriter() {
        }
    }
}

package org.jixiao.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server of our data directory still running although no service holds the directory's lock: the
 * service that started it was killed (kill -9, OOM killer, container stop) and the server lived on. It is stopped
 * (fast shutdown, then kill) so that the new start can take over; PostgreSQL's crash recovery keeps every
 * committed transaction. A {@code postmaster.pid} naming no live server of ours is left to PostgreSQL, which
 * ignores a stale one.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(30);

    private OrphanedServer() {
    }

    /** Called only while holding the data directory's lock, so no live service owns a server of it. */
    static void stop(Path cluster) throws IOException {
        Optional<ProcessHandle> orphan = find(cluster);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle server = orphan.get();
        log.warn("Stopping the PostgreSQL server (pid {}) left running on {} by a service that did not stop",
                server.pid(), cluster);
        signal(server, "INT"); // fast shutdown: rolls back what was in flight, keeps what was committed
        try {
            server.onExit().get(FAST_SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception notInTime) {
            log.warn("PostgreSQL (pid {}) did not stop in {} s; killing it, crash recovery follows", server.pid(),
                    FAST_SHUTDOWN.toSeconds());
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
            try {
                server.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("cannot stop the orphaned PostgreSQL server " + server.pid(), e);
            }
        }
    }

    /** The live postmaster that {@code postmaster.pid} names, if it is a PostgreSQL server of this directory. */
    static Optional<ProcessHandle> find(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        Path named = Path.of(lines.get(1).strip()).toAbsolutePath().normalize();
        if (!named.equals(cluster.toAbsolutePath().normalize())) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(OrphanedServer::isPostgres).orElse(false));
    }

    private static boolean isPostgres(String command) {
        return Path.of(command).getFileName().toString().equals("postgres");
    }

    private static void signal(ProcessHandle process, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start()
                    .waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL", e);
        }
    }
}

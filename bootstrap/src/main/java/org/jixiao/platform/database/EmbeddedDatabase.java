package org.jixiao.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The default database: a real PostgreSQL (binaries from Maven Central) run by the service itself, as durable and
 * as closed as a normal installation.
 * <ul>
 *   <li>Files under {@code <dataDir>} (mode 0700): the cluster in {@code postgres/}, the two generated passwords in
 *       {@code secrets/} (0600), the PostgreSQL programs it runs in {@code binaries/} (never a shared temporary
 *       directory), and {@code jixiao.lock}, held while a service runs on the directory.</li>
 *   <li>Durable: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on, whatever the library's
 *       test defaults say; an acknowledged commit is on disk.</li>
 *   <li>Closed: no Unix socket; TCP on localhost with SCRAM passwords only ({@code pg_hba.conf} is rewritten on every
 *       start). The superuser's password is set by {@code initdb} itself, so the cluster never accepts a login
 *       without one. The service connects to database {@code jixiao} as role {@code jixiao}, which owns it and is
 *       not a superuser.</li>
 *   <li>Self-healing: a server of this directory left running by a killed service (kill -9, OOM killer) is stopped
 *       before the start, and PostgreSQL's crash recovery does the rest.</li>
 * </ul>
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** Role and database the service uses; the role owns the database and nothing else. */
    public static final String APPLICATION = "jixiao";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static final List<String> HBA = List.of(
            "# Written by Jixiao on every start: TCP on localhost with SCRAM passwords, nothing else.",
            "host all all 127.0.0.1/32 scram-sha-256",
            "host all all ::1/128 scram-sha-256");

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final EmbeddedSecrets secrets;
    private final FileChannel lockFile;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory, EmbeddedSecrets secrets, FileChannel lockFile) {
        this.postgres = postgres;
        this.directory = directory;
        this.secrets = secrets;
        this.lockFile = lockFile;
    }

    /** Starts PostgreSQL on the files under {@code dataDir}, creating them on first start. */
    public static EmbeddedDatabase start(Path dataDir) {
        Path root = dataDir.toAbsolutePath().normalize();
        Path directory = root.resolve("postgres");
        FileChannel lockFile = null;
        try {
            PrivateFiles.directory(root);
            lockFile = lock(root.resolve("jixiao.lock"));
            boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
            EmbeddedSecrets secrets = EmbeddedSecrets.in(root.resolve("secrets"), fresh);
            OrphanedServer.stop(directory);
            // The library unpacks the PostgreSQL programs into a shared temporary directory by default, where
            // another local user could replace them (or plant a postmaster.pid it would act on). Ours live in
            // the private data directory: nobody else can even look inside it.
            Path binaries = root.resolve("binaries");
            PrivateFiles.directory(binaries);
            System.setProperty("ot.epg.working-dir", binaries.toString());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // Spring stops it after everything that still needs the database (its own JVM hook would race).
                    .setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "Asia/Shanghai")
                    // The library starts PostgreSQL with -F and synchronous_commit off: fine for tests, not for money.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("max_connections", "100")
                    // sized for a province-year (about 1.1 GB of targets, indicators and reviews at ten times
                    // Xinjiang): the working set in PostgreSQL's own cache, a whole region's sort or hash in memory
                    .setServerConfig("shared_buffers", "1GB")
                    .setServerConfig("effective_cache_size", "4GB")
                    .setServerConfig("work_mem", "16MB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .setServerConfig("random_page_cost", "1.1")
                    .setConnectConfig("password", secrets.superuser())
                    .setDataDirectoryCustomizer(cluster -> writeHba(cluster.toPath()));
            if (fresh) {
                // initdb sets the superuser's password from this file: the cluster is never open without one
                builder.setLocaleConfig("pwfile", secrets.superuserFile().toString());
            }
            EmbeddedPostgres postgres = builder.start();
            PrivateFiles.directory(binaries); // the library opens its working directory to everyone: close it again
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, directory, secrets, lockFile);
            database.prepareApplicationRole();
            log.info("Embedded PostgreSQL on localhost:{} with {} data in {}", postgres.getPort(),
                    fresh ? "new" : "existing", directory);
            return database;
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(lockFile);
            if (e instanceof EmbeddedDatabaseException refused) {
                throw refused;
            }
            throw new EmbeddedDatabaseException("embedded PostgreSQL did not start in " + directory + ": " + e, e);
        }
    }

    private static FileChannel lock(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new EmbeddedDatabaseException("another Jixiao service is running on " + file.getParent()
                    + "; stop it or choose another JIXIAO_DATA_DIR", null);
        }
        return channel;
    }

    private static void writeHba(Path cluster) {
        try {
            PrivateFiles.write(cluster.resolve("pg_hba.conf"), String.join("\n", HBA) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write pg_hba.conf in " + cluster, e);
        }
    }

    /** The application's role (never a superuser) and its database; repeated on every start, so a crash between the steps heals. */
    private void prepareApplicationRole() throws SQLException {
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", secrets.superuser());
             Statement statement = connection.createStatement()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                statement.execute("CREATE ROLE " + APPLICATION);
            }
            // the password is base64url (EmbeddedSecrets checks it), so it needs no quoting beyond the literal
            statement.execute("ALTER ROLE " + APPLICATION + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"
                    + " NOREPLICATION NOBYPASSRLS PASSWORD '" + secrets.application() + "'");
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?")) {
                statement.execute("CREATE DATABASE " + APPLICATION + " OWNER " + APPLICATION);
            }
            statement.execute("REVOKE ALL ON DATABASE postgres FROM PUBLIC");
            statement.execute("REVOKE ALL ON DATABASE " + APPLICATION + " FROM PUBLIC");
        }
    }

    private static boolean exists(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, APPLICATION);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + APPLICATION;
    }

    public String user() {
        return APPLICATION;
    }

    public String password() {
        return secrets.application();
    }

    public int port() {
        return postgres.getPort();
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lockFile.close();
        }
    }

    private static void closeQuietly(@Nullable FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock goes with the process anyway
            }
        }
    }

    /** The embedded database cannot start; the message says why and what to do. */
    public static final class EmbeddedDatabaseException extends IllegalStateException {

        EmbeddedDatabaseException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }
}

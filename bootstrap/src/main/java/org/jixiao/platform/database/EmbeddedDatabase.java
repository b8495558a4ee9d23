package org.jixiao.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The default database: a real PostgreSQL (binaries from Maven Central) run by the service itself, its files
 * kept in {@code <dataDir>/postgres} so that data survives a restart. Initialised on first start only.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final Path directory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    /** Starts PostgreSQL on the files under {@code dataDir}, creating them on first start. */
    public static EmbeddedDatabase start(Path dataDir) {
        Path directory = dataDir.toAbsolutePath().normalize().resolve("postgres");
        try {
            Files.createDirectories(directory);
            boolean fresh = !Files.exists(directory.resolve("PG_VERSION"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // Spring stops it after everything that still needs the database (its own JVM hook would race).
                    .setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .start();
            log.info("Embedded PostgreSQL on port {} with {} data in {}", postgres.getPort(),
                    fresh ? "new" : "existing", directory);
            return new EmbeddedDatabase(postgres, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + directory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}

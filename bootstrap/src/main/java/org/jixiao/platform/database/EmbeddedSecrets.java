package org.jixiao.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import org.jixiao.platform.database.EmbeddedDatabase.EmbeddedDatabaseException;

/**
 * The embedded cluster's two passwords, generated on its first start and kept in {@code <dataDir>/secrets/}
 * (directory 0700, files 0600): {@code superuser} (role {@code postgres}, used only to prepare the application's role)
 * and {@code application} (role {@code jixiao}, the connection pool's). Each is 32 random bytes, base64url.
 */
record EmbeddedSecrets(Path superuserFile, String superuser, String application) {

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Creates the secrets for a new cluster, or reads those of an existing one. */
    static EmbeddedSecrets in(Path directory, boolean freshCluster) throws IOException {
        PrivateFiles.directory(directory);
        Path superuser = directory.resolve("superuser");
        Path application = directory.resolve("application");
        if (freshCluster) {
            PrivateFiles.write(superuser, generate());
            PrivateFiles.write(application, generate());
        } else if (!Files.exists(superuser) || !Files.exists(application)) {
            throw new EmbeddedDatabaseException("the embedded database in " + directory.getParent()
                    + " has no secrets: it was created by a version that let any local user in. Back it up with"
                    + " pg_dump if it holds data worth keeping, then remove the directory (or choose another"
                    + " JIXIAO_DATA_DIR) and start again", null);
        }
        return new EmbeddedSecrets(superuser, read(superuser), read(application));
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String read(Path file) throws IOException {
        String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (!SECRET.matcher(secret).matches()) {
            throw new EmbeddedDatabaseException(file + " is not a secret written by Jixiao", null);
        }
        return secret;
    }

    @Override
    public String toString() {
        return "EmbeddedSecrets[" + superuserFile.getParent() + "]";
    }
}

package org.jixiao.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An API token (接口令牌): a department system's credential for one account, so that it never holds a person's
 * password. {@code jxt_} followed by 43 base64url characters (256 random bits), shown once when created; only its
 * SHA-256 is stored. It acts exactly as its account, until it expires or is revoked, or the account is disabled.
 */
record ApiToken(UUID id, String username, String name, String prefix, Instant expiresAt, Instant createdAt,
                String createdBy, @Nullable Instant revokedAt, @Nullable String revokedBy) {

    static final String SCHEME = "jxt_";
    private static final Pattern FORMAT = Pattern.compile("jxt_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    boolean activeAt(Instant now) {
        return isActive(revokedAt, expiresAt, now);
    }

    /** A token works until it is revoked or expires. */
    static boolean isActive(@Nullable Instant revokedAt, Instant expiresAt, Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** A new secret: the token as the holder sends it. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What may be shown of a secret: enough to tell tokens apart, far too little to guess the rest. */
    static String prefixOf(String secret) {
        return secret.substring(0, SCHEME.length() + 6);
    }

    static boolean looksLikeToken(String value) {
        return FORMAT.matcher(value).matches();
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

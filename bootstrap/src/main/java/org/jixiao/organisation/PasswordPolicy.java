package org.jixiao.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jixiao.sharedkernel.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What a password must be, checked wherever one is set (new account, change, reset): 8 characters to 72 bytes
 * (bcrypt reads no more), at least four different characters, not a run ({@code 12345678}, {@code abcdefgh},
 * {@code 87654321}), not the username, and not one of the common passwords of breach lists
 * ({@code common-passwords.txt}). A refusal is a 400 naming the field and saying which rule.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Throws {@link InvalidInputException} on {@code field} when {@code password} may not be used by {@code username}. */
    static void check(String field, String username, String password) {
        String problem = problem(username, password);
        if (problem != null) {
            throw InvalidInputException.of(field, problem,
                    problem.equals("account.passwordTooLong") ? Account.MAX_PASSWORD_BYTES : MIN_LENGTH);
        }
    }

    /** The message code of the broken rule, or null. */
    static @Nullable String problem(String username, String password) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "password.tooShort";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > Account.MAX_PASSWORD_BYTES) {
            return "account.passwordTooLong";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && (lower.equals(username.toLowerCase(Locale.ROOT))
                || lower.equals(new StringBuilder(username.toLowerCase(Locale.ROOT)).reverse().toString()))) {
            return "password.username";
        }
        if (password.codePoints().distinct().count() < 4) {
            return "password.trivial";
        }
        if (isRun(lower)) {
            return "password.trivial";
        }
        if (COMMON.contains(lower)) {
            return "password.common";
        }
        return null;
    }

    /** Each character one above (or one below) the one before: 12345678, abcdefgh, 98765432. */
    private static boolean isRun(String password) {
        int[] points = password.codePoints().toArray();
        int step = points[1] - points[0];
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < points.length; i++) {
            if (points[i] - points[i - 1] != step) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

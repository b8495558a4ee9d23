package org.jixiao.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Failed logins slow the next attempt down, per account and per client address, so that guessing passwords is
 * slow and cheap for us: a refused attempt costs no hash. The first {@code freeFailures} failures within
 * {@link #WINDOW} cost nothing; each further one doubles the wait before the next attempt is looked at (1 s, 2 s,
 * 4 s … at most {@link #MAX_WAIT}). A success resets the account. A credential the service has already verified
 * is never throttled ({@link CachingAuthenticationProvider} checks it first), so an attacker guessing an
 * account's password does not lock out the department system that holds it.
 */
final class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);

    /** Keys kept at most; beyond it expired ones go, and if that is not enough, all (the throttle fails open). */
    private static final int MAX_KEYS = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int accountFreeFailures;
    private final int addressFreeFailures;

    LoginThrottle(Clock clock, int accountFreeFailures, int addressFreeFailures) {
        this.clock = clock;
        this.accountFreeFailures = accountFreeFailures;
        this.addressFreeFailures = addressFreeFailures;
    }

    /** How long the caller must still wait, if an attempt for this account or from this address is not looked at now. */
    Optional<Duration> wait(@Nullable String username, @Nullable String address) {
        Instant now = clock.instant();
        Duration account = username == null ? Duration.ZERO : remaining("u:" + username, accountFreeFailures, now);
        Duration client = address == null ? Duration.ZERO : remaining("a:" + address, addressFreeFailures, now);
        Duration longest = account.compareTo(client) >= 0 ? account : client;
        return longest.isZero() || longest.isNegative() ? Optional.empty() : Optional.of(longest);
    }

    void failed(@Nullable String username, @Nullable String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            failures.values().removeIf(f -> f.last().plus(WINDOW).isBefore(now));
            if (failures.size() >= MAX_KEYS) {
                failures.clear();
            }
        }
        if (username != null) {
            count("u:" + username, now);
        }
        if (address != null) {
            count("a:" + address, now);
        }
    }

    void succeeded(@Nullable String username) {
        failures.remove("u:" + username);
    }

    private void count(String key, Instant now) {
        failures.compute(key, (k, f) -> f == null || f.last().plus(WINDOW).isBefore(now)
                ? new Failures(1, now) : new Failures(f.count() + 1, now));
    }

    private Duration remaining(String key, int free, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() <= free || f.last().plus(WINDOW).isBefore(now)) {
            return Duration.ZERO;
        }
        int beyond = Math.min(f.count() - free - 1, 20);
        Duration wait = Duration.ofSeconds(1L << beyond);
        if (wait.compareTo(MAX_WAIT) > 0) {
            wait = MAX_WAIT;
        }
        Duration left = Duration.between(now, f.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }
}

package org.jixiao.organisation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jixiao.organisation.AccountRepository.Credentials;
import org.jixiao.sharedkernel.access.Caller;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * HTTP Basic against the account table, passwords stored as bcrypt (cost 10: 50–100 ms of CPU per check).
 * <p>
 * Every request reads the account's row (one primary-key query): its role, organisation and enabled flag are
 * always current, so disabling an account, changing its role or password takes effect on the next request —
 * through the API or straight in the database. What is remembered is only that a password matched a password
 * hash: an HMAC-SHA256 of the credential (key random per process, never the password) next to the hash it was
 * verified against. While the row still holds that hash, a repeat request costs microseconds instead of bcrypt.
 * <p>
 * Nothing expires by time, so no wave of entries ever expires at once: an entry lives while the row holds the hash
 * it was verified against. When the memory is full a new credential is verified but not remembered (the ones
 * remembered stay). Requests presenting the same credential for the same hash while it is being verified wait for
 * that one bcrypt instead of each running their own (after a restart, a department system's burst costs one).
 * <p>
 * Failures go to the {@link LoginThrottle}: a credential not yet verified is not even looked at while its
 * account or client address must wait ({@link LoginThrottledException}, a 429).
 */
class CachingAuthenticationProvider implements AuthenticationProvider {

    /** Remembered at most this many credentials; beyond it new ones are verified every time. */
    private static final int MAX_ENTRIES = 50_000;
    private static final Pattern USERNAME = Pattern.compile(Account.USERNAME);

    private record Verified(byte[] digest, String passwordHash) {
    }

    /** The account or client address must wait before its next attempt is looked at. */
    static final class LoginThrottledException extends AuthenticationException {

        private final Duration retryAfter;

        LoginThrottledException(Duration retryAfter) {
            super("too many failed logins");
            this.retryAfter = retryAfter;
        }

        /** Whole seconds, at least one. */
        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private final Function<String, Optional<Credentials>> lookup;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final SecretKeySpec key;
    private final String unknownUserHash;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    /** Verifications under way, by username, credential digest and hash: the others presenting it wait for it. */
    private final Map<String, CompletableFuture<Boolean>> verifying = new ConcurrentHashMap<>();

    CachingAuthenticationProvider(Function<String, Optional<Credentials>> lookup, PasswordEncoder encoder,
            LoginThrottle throttle) {
        this.lookup = lookup;
        this.encoder = encoder;
        this.throttle = throttle;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.unknownUserHash = encoder.encode("unknown-user-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (!USERNAME.matcher(username).matches()
                || password.getBytes(StandardCharsets.UTF_8).length > Account.MAX_PASSWORD_BYTES) {
            // no account can have this name or password (NUL, odd bytes, too long): refused without a query
            throttle.failed(null, address);
            throw new BadCredentialsException("bad credentials");
        }
        byte[] digest = digest(username, password);
        Verified known = verified.get(username);
        boolean remembered = known != null && MessageDigest.isEqual(known.digest(), digest);
        if (!remembered) {
            throttle.wait(username, address).ifPresent(wait -> {
                throw new LoginThrottledException(wait);
            });
        }
        Credentials credentials = lookup.apply(username).orElse(null);
        if (credentials == null) {
            encoder.matches(password, unknownUserHash); // same cost as a known user: no timing hint
            throttle.failed(username, address);
            throw new BadCredentialsException("bad credentials");
        }
        if (!(remembered && known != null && known.passwordHash().equals(credentials.passwordHash()))) {
            if (!matches(username, digest, password, credentials.passwordHash())) {
                // the remembered right credential stays: a wrong guess must not lock its holder out
                throttle.failed(username, address);
                throw new BadCredentialsException("bad credentials");
            }
            if (verified.size() < MAX_ENTRIES || verified.containsKey(username)) {
                verified.put(username, new Verified(digest, credentials.passwordHash()));
            }
            throttle.succeeded(username);
        }
        if (!credentials.enabled()) {
            throw new DisabledException("account disabled");
        }
        return authenticated(credentials.caller());
    }

    /** One bcrypt per credential and hash at a time; the requests presenting it meanwhile share its answer. */
    private boolean matches(String username, byte[] digest, String password, String passwordHash) {
        String flight = username + '\0' + HexFormat.of().formatHex(digest) + '\0' + passwordHash;
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = verifying.putIfAbsent(flight, mine);
        if (running != null) {
            return running.join();
        }
        try {
            boolean matches = encoder.matches(password, passwordHash);
            mine.complete(matches);
            return matches;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            verifying.remove(flight, mine);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static Authentication authenticated(Caller caller) {
        return UsernamePasswordAuthenticationToken.authenticated(caller, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
    }

    private byte[] digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

package org.jixiao.organisation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic against the account table, with passwords stored as bcrypt (cost 10): 50–100 ms of CPU per check, a
 * few dozen requests a second on two cores. A department system calls the API thousands of times, so a verified
 * credential is remembered for a short while as an HMAC-SHA256 (key random per process, never the password) and a
 * repeat request costs microseconds. An entry expires after {@code ttl}; a wrong password never enters the cache.
 */
class CachingAuthenticationProvider implements AuthenticationProvider {

    /** Remembered at most this many credentials; beyond it the cache starts afresh. */
    private static final int MAX_ENTRIES = 50_000;
    private static final Pattern USERNAME = Pattern.compile(Account.USERNAME);

    private record Verified(byte[] digest, Caller caller, Instant expires) {
    }

    private final Function<String, Optional<Credentials>> lookup;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final Duration ttl;
    private final SecretKeySpec key;
    private final String unknownUserHash;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    CachingAuthenticationProvider(Function<String, Optional<Credentials>> lookup, PasswordEncoder encoder, Clock clock, Duration ttl) {
        this.lookup = lookup;
        this.encoder = encoder;
        this.clock = clock;
        this.ttl = ttl;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.unknownUserHash = encoder.encode("unknown-user-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (!USERNAME.matcher(username).matches()
                || password.getBytes(StandardCharsets.UTF_8).length > Account.MAX_PASSWORD_BYTES) {
            // no account can have this name or password (NUL, odd bytes, too long): refused without a query
            throw new BadCredentialsException("bad credentials");
        }
        byte[] digest = digest(username, password);
        Verified known = verified.get(username);
        if (known != null && known.expires().isAfter(clock.instant()) && MessageDigest.isEqual(known.digest(), digest)) {
            return authenticated(known.caller());
        }
        Credentials credentials = lookup.apply(username).orElse(null);
        if (credentials == null) {
            encoder.matches(password, unknownUserHash); // same cost as a known user: no timing hint
            throw new BadCredentialsException("bad credentials");
        }
        if (!encoder.matches(password, credentials.passwordHash())) {
            throw new BadCredentialsException("bad credentials");
        }
        if (!credentials.enabled()) {
            throw new DisabledException("account disabled");
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(username, new Verified(digest, credentials.caller(), clock.instant().plus(ttl)));
        return authenticated(credentials.caller());
    }

    /** Forgets a remembered credential, e.g. when its account changes. */
    void forget(String username) {
        verified.remove(username);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static Authentication authenticated(Caller caller) {
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

package org.jixiao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.jixiao.organisation.AccountRepository.Credentials;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class CachingAuthenticationProviderTests {

    static final Caller UNIT = new Caller("unit", Role.UNIT, OrgCode.of("U1"), OrgPath.parse("/650000/D1/U1/"));

    /** Counts how often the adaptive hash is computed. */
    static class CountingEncoder implements PasswordEncoder {
        final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger matches = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    static class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final CountingEncoder encoder = new CountingEncoder();
    final MovableClock clock = new MovableClock();
    final String hash = encoder.encode("right-password");
    boolean enabled = true;
    final CachingAuthenticationProvider provider = new CachingAuthenticationProvider(
            username -> "unit".equals(username) ? Optional.of(new Credentials(hash, enabled, UNIT)) : Optional.empty(),
            encoder, clock, Duration.ofMinutes(5));

    private static UsernamePasswordAuthenticationToken login(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    @Test
    void aVerifiedCredentialIsRememberedSoTheHashRunsOnce() {
        for (int i = 0; i < 100; i++) {
            assertThat(provider.authenticate(login("unit", "right-password")).getPrincipal()).isEqualTo(UNIT);
        }
        assertThat(encoder.matches.get()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
        provider.authenticate(login("unit", "right-password"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> provider.authenticate(login("unit", "wrong-password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(encoder.matches.get()).isEqualTo(4);
        assertThat(provider.authenticate(login("unit", "right-password")).isAuthenticated()).isTrue();
    }

    @Test
    void anUnknownUserCostsAHashTooAndFails() {
        assertThatThrownBy(() -> provider.authenticate(login("nobody", "x"))).isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.matches.get()).isEqualTo(1);
    }

    @Test
    void aRememberedCredentialExpires() {
        provider.authenticate(login("unit", "right-password"));
        clock.now = clock.now.plus(Duration.ofMinutes(4));
        provider.authenticate(login("unit", "right-password"));
        assertThat(encoder.matches.get()).isEqualTo(1);
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        provider.authenticate(login("unit", "right-password"));
        assertThat(encoder.matches.get()).isEqualTo(2);
    }

    @Test
    void aDisabledAccountIsRefusedAndAForgottenOneRechecked() {
        provider.authenticate(login("unit", "right-password"));
        provider.forget("unit");
        enabled = false;
        assertThatThrownBy(() -> provider.authenticate(login("unit", "right-password"))).isInstanceOf(DisabledException.class);
    }
}

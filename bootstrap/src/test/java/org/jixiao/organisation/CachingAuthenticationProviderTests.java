package org.jixiao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jixiao.organisation.AccountRepository.Credentials;
import org.jixiao.organisation.CachingAuthenticationProvider.LoginThrottledException;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

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
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final CountingEncoder encoder = new CountingEncoder();
    final MovableClock clock = new MovableClock();
    String hash = encoder.encode("right-password");
    boolean enabled = true;
    Caller caller = UNIT;
    final AtomicInteger lookups = new AtomicInteger();
    final CachingAuthenticationProvider provider = new CachingAuthenticationProvider(username -> {
        lookups.incrementAndGet();
        return "unit".equals(username) ? Optional.of(new Credentials(hash, enabled, caller)) : Optional.empty();
    }, encoder, new LoginThrottle(clock, 5, 20));

    private static UsernamePasswordAuthenticationToken login(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    private static UsernamePasswordAuthenticationToken loginFrom(String address, String username, String password) {
        UsernamePasswordAuthenticationToken login = login(username, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        login.setDetails(new WebAuthenticationDetails(request));
        return login;
    }

    @Test
    void aVerifiedCredentialIsRememberedSoTheHashRunsOnceButTheRowIsReadEveryTime() {
        for (int i = 0; i < 100; i++) {
            assertThat(provider.authenticate(login("unit", "right-password")).getPrincipal()).isEqualTo(UNIT);
        }
        assertThat(encoder.matches.get()).isEqualTo(1);
        assertThat(lookups.get()).isEqualTo(100);
    }

    @Test
    void requestsArrivingWhileACredentialIsVerifiedWaitForThatOneHash() throws Exception {
        CountDownLatch hashing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountingEncoder slow = new CountingEncoder() {
            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.matches(raw, encoded);
            }
        };
        String slowHash = slow.encode("right-password");
        CachingAuthenticationProvider cold = new CachingAuthenticationProvider(
                username -> Optional.of(new Credentials(slowHash, true, UNIT)), slow, new LoginThrottle(clock, 5, 20));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> burst = new ArrayList<>();
            burst.add(pool.submit(() -> cold.authenticate(login("unit", "right-password")).getPrincipal()));
            hashing.await(); // the first request is inside bcrypt; the others arrive now
            for (int i = 0; i < 7; i++) {
                burst.add(pool.submit(() -> cold.authenticate(login("unit", "right-password")).getPrincipal()));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<Object> request : burst) {
                assertThat(request.get(10, TimeUnit.SECONDS)).isEqualTo(UNIT);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(slow.matches.get()).as("one bcrypt for the burst").isEqualTo(1);
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
    void changesTakeEffectOnTheNextRequest() {
        provider.authenticate(login("unit", "right-password"));
        Caller moved = new Caller("unit", Role.DEPARTMENT, OrgCode.of("D1"), OrgPath.parse("/650000/D1/"));
        caller = moved;
        assertThat(provider.authenticate(login("unit", "right-password")).getPrincipal()).isEqualTo(moved);
        enabled = false;
        assertThatThrownBy(() -> provider.authenticate(login("unit", "right-password")))
                .isInstanceOf(DisabledException.class);
        enabled = true;
        hash = encoder.encode("new-password-1");
        assertThatThrownBy(() -> provider.authenticate(login("unit", "right-password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(provider.authenticate(login("unit", "new-password-1")).isAuthenticated()).isTrue();
    }

    @Test
    void failedLoginsAreThrottledWithoutHashingAndARememberedCredentialStillWorks() {
        provider.authenticate(loginFrom("10.0.0.1", "unit", "right-password"));
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> provider.authenticate(loginFrom("10.0.0.9", "unit", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        int hashes = encoder.matches.get();
        assertThatThrownBy(() -> provider.authenticate(loginFrom("10.0.0.9", "unit", "guess")))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
        assertThat(encoder.matches.get()).as("a throttled attempt costs no hash").isEqualTo(hashes);
        assertThat(provider.authenticate(loginFrom("10.0.0.1", "unit", "right-password")).isAuthenticated())
                .as("the department system that holds the password is not locked out").isTrue();
        clock.now = clock.now.plusSeconds(1);
        assertThatThrownBy(() -> provider.authenticate(loginFrom("10.0.0.9", "unit", "guess")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aNameNoAccountCanHaveIsRefusedWithoutAQuery() {
        for (String username : new String[] {"adm\u0000in", "ab", "a".repeat(65), "名字"}) {
            assertThatThrownBy(() -> provider.authenticate(login(username, "x"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(login("unit", "长".repeat(25))))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(lookups.get()).isZero();
        assertThat(encoder.matches.get()).isZero();
    }
}

package org.jixiao.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    final CachingAuthenticationProviderTests.MovableClock clock = new CachingAuthenticationProviderTests.MovableClock();
    final LoginThrottle throttle = new LoginThrottle(clock, 5, 20);

    @Test
    void freeFailuresThenADoublingWaitPerAccount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("unit", "10.0.0.1");
        }
        assertThat(throttle.wait("unit", "10.0.0.2")).isEmpty();
        throttle.failed("unit", "10.0.0.1");
        assertThat(throttle.wait("unit", "10.0.0.2")).contains(Duration.ofSeconds(1));
        throttle.failed("unit", "10.0.0.1");
        assertThat(throttle.wait("unit", "10.0.0.2")).contains(Duration.ofSeconds(2));
        throttle.failed("unit", "10.0.0.1");
        assertThat(throttle.wait("unit", "10.0.0.2")).contains(Duration.ofSeconds(4));
        clock.now = clock.now.plusSeconds(3);
        assertThat(throttle.wait("unit", "10.0.0.2")).contains(Duration.ofSeconds(1));
        assertThat(throttle.wait("other", "10.0.0.2")).as("another account from another address").isEmpty();
        throttle.succeeded("unit");
        assertThat(throttle.wait("unit", "10.0.0.2")).isEmpty();
    }

    @Test
    void perAddressAcrossAccountsAndTheWaitIsCapped() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.wait("fresh", "10.0.0.9")).contains(LoginThrottle.MAX_WAIT);
        assertThat(throttle.wait("fresh", "10.0.0.8")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("unit", null);
        }
        clock.now = clock.now.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertThat(throttle.wait("unit", null)).isEmpty();
        throttle.failed("unit", null);
        assertThat(throttle.wait("unit", null)).isEmpty();
    }
}

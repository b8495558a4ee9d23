package org.jixiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jixiao.platform.ProblemResponses;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** The bound on concurrent work, without Spring: the request beyond it waits its turn briefly, then gets 503. */
class RequestGuardTests {

    private final RequestGuard guard = new RequestGuard(
            new RequestGuard.Limits(DataSize.ofKilobytes(1), 1, Duration.ofMillis(200)),
            new ProblemResponses(new StaticMessageSource(), new AcceptHeaderLocaleResolver(), JsonMapper.builder().build()));

    @Test
    void aRequestBeyondTheBoundIsA503WithRetryAfterAndHealthIsNeverQueued() throws Exception {
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = pool.submit(() -> {
                guard.doFilter(new MockHttpServletRequest("GET", "/api/v1/enums"), new MockHttpServletResponse(),
                        (request, response) -> {
                            working.countDown();
                            try {
                                release.await(10, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
                return null;
            });
            assertThat(working.await(5, TimeUnit.SECONDS)).isTrue();

            MockHttpServletResponse queued = new MockHttpServletResponse();
            guard.doFilter(new MockHttpServletRequest("GET", "/api/v1/enums"), queued, (request, response) -> { });
            assertThat(queued.getStatus()).isEqualTo(503);
            assertThat(queued.getHeader("Retry-After")).isEqualTo("1");
            assertThat(queued.getContentType()).startsWith("application/problem+json");

            MockHttpServletResponse health = new MockHttpServletResponse();
            guard.doFilter(new MockHttpServletRequest("GET", "/actuator/health"), health,
                    (request, response) -> ((HttpServletResponse) response).setStatus(200));
            assertThat(health.getStatus()).isEqualTo(200);

            release.countDown();
            first.get(5, TimeUnit.SECONDS);
            MockHttpServletResponse later = new MockHttpServletResponse();
            guard.doFilter(new MockHttpServletRequest("GET", "/api/v1/enums"), later,
                    (request, response) -> ((HttpServletResponse) response).setStatus(200));
            assertThat(later.getStatus()).as("the permit came back").isEqualTo(200);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void anAnnouncedBodyAboveTheLimitIsA413WithoutReadingIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/org-units");
        request.setContent(new byte[2048]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.doFilter(request, response, (req, res) -> {
            throw new AssertionError("must not reach the application");
        });
        assertThat(response.getStatus()).isEqualTo(413);
    }
}

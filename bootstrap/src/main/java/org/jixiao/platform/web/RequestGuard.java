package org.jixiao.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jixiao.platform.ProblemResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The first thing every request meets, before authentication: its query string must be well-formed UTF-8 without
 * NUL (a 400 naming the parameter otherwise), a state change must not come from a page of another site (403),
 * its body at most {@code maxBodySize} bytes (413, whether announced by
 * {@code Content-Length} or streamed) and, for JSON, well-formed UTF-8 (400), and at most {@code maxConcurrentRequests} requests are worked on at once —
 * the next waits up to {@code queueWait}, then gets 503 with {@code Retry-After}. Health and metrics are never
 * queued, so an overloaded service still answers its probes. A database that cannot be reached is a 503 with
 * {@code Retry-After} here too, when it fails before Spring MVC (in authentication).
 */
class RequestGuard extends OncePerRequestFilter {

    /** {@code jixiao.limits.*}: body size, concurrent requests and how long a request may wait for its turn. */
    @ConfigurationProperties("jixiao.limits")
    record Limits(@DefaultValue("2MB") DataSize maxBodySize, @DefaultValue("64") int maxConcurrentRequests,
                  @DefaultValue("2s") Duration queueWait) {
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Limits limits;
    private final Semaphore working;
    private final ProblemResponses problems;

    RequestGuard(Limits limits, ProblemResponses problems) {
        this.limits = limits;
        this.working = new Semaphore(limits.maxConcurrentRequests(), true);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        QueryStrings.Problem query = QueryStrings.firstProblem(request.getQueryString());
        if (query != null) {
            problems.writeInvalid(request, response, query.parameter(), query.code());
            return;
        }
        if (isFormOrMultipart(request.getContentType())) {
            // the API takes JSON only; the container would parse (and choke on) a form body behind our back
            problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "problem.jsonOnly");
            return;
        }
        if (fromAnotherSite(request)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "problem.crossSite");
            return;
        }
        if (request.getContentLengthLong() > limits.maxBodySize().toBytes()) {
            tooLarge(request, response);
            return;
        }
        if (request.getRequestURI().startsWith("/actuator/")) {
            chain.doFilter(request, response);
            return;
        }
        if (!acquire()) {
            response.setHeader("Retry-After", "1");
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "problem.busy");
            return;
        }
        try {
            chain.doFilter(new LimitedBody(request, limits.maxBodySize().toBytes()), response);
        } catch (ServletException | RuntimeException e) {
            // what fails before Spring MVC (authentication reads the account) and so never reaches its advice
            if (!DatabaseUnavailable.is(e) || response.isCommitted()) {
                throw e;
            }
            response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER);
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "problem.databaseUnavailable");
        } finally {
            working.release();
        }
    }

    static boolean isFormOrMultipart(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT).strip();
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/");
    }

    /**
     * A state change a browser says comes from a page of another site (a browser that cached Basic credentials
     * could be made to submit or publish). Clients that send neither header — curl, department systems — pass.
     */
    static boolean fromAnotherSite(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equals(request.getScheme()) ? 443 : 80);
        String own = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
        return !origin.equalsIgnoreCase(own);
    }

    private boolean acquire() {
        try {
            return working.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the body is not read: the connection closes rather than draining megabytes nobody wants
        response.setHeader("Connection", "close");
        problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "problem.bodyTooLarge",
                String.valueOf(limits.maxBodySize().toKilobytes()));
        response.flushBuffer();
    }

    /** Read past the limit of a body sent without (or with a false) {@code Content-Length}. */
    static final class BodyTooLargeException extends IOException {

        BodyTooLargeException() {
            super("request body too large");
        }
    }

    /** A JSON body whose bytes are not well-formed UTF-8. */
    static final class MalformedUtf8Exception extends IOException {

        MalformedUtf8Exception() {
            super("request body is not well-formed UTF-8");
        }
    }

    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream stream;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                String type = getContentType();
                boolean json = type != null && type.toLowerCase(Locale.ROOT).contains("json");
                stream = new Counting(super.getInputStream(), limit, json ? new Utf8Validator() : null);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private final @Nullable Utf8Validator utf8;
        private long read;

        Counting(ServletInputStream body, long limit, @Nullable Utf8Validator utf8) {
            this.body = body;
            this.limit = limit;
            this.utf8 = utf8;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
                if (utf8 != null && !utf8.accept(b)) {
                    throw new MalformedUtf8Exception();
                }
            } else {
                ended();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
                if (utf8 != null && !utf8.accept(buffer, offset, n)) {
                    throw new MalformedUtf8Exception();
                }
            } else if (n < 0) {
                ended();
            }
            return n;
        }

        private void ended() throws MalformedUtf8Exception {
            if (utf8 != null && !utf8.complete()) {
                throw new MalformedUtf8Exception();
            }
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}

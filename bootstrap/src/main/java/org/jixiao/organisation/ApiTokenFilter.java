package org.jixiao.organisation;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.jixiao.organisation.CachingAuthenticationProvider.LoginThrottledException;
import org.jixiao.sharedkernel.access.Caller;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code Authorization: Bearer jxt_…}: one SHA-256 and one indexed query, microseconds, then the request acts as
 * the token's account. A bad token is a 401 and counts against the client address in the {@link LoginThrottle}.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final LoginThrottle throttle;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenFilter(ApiTokenService tokens, LoginThrottle throttle, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.wait(null, address);
        if (wait.isPresent()) {
            entryPoint.commence(request, response, new LoginThrottledException(wait.get()));
            return;
        }
        Optional<Caller> caller = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (caller.isEmpty()) {
            throttle.failed(null, address);
            entryPoint.commence(request, response, new BadCredentialsException("invalid API token"));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(CachingAuthenticationProvider.authenticated(caller.get()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}

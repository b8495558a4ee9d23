package org.jixiao.organisation;

import java.time.Clock;

import org.jixiao.organisation.CachingAuthenticationProvider.LoginThrottledException;
import org.jixiao.platform.ProblemResponses;
import org.jixiao.sharedkernel.access.CallerContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP Basic for the API, stateless, no sessions and no CSRF (there is no cookie to forge). Anonymous paths are
 * CONTRACT.md's, plus what they need to work: the health groups, the Swagger UI entry page and Spring's error
 * dispatch. 401 and 403 from the filter chain are problem details too.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    /** JSON needs nothing; Swagger UI needs its own scripts, styles (some inline), images and the API document. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'none';"
            + " form-action 'self'";

    private final CallerContext callers;

    SecurityConfiguration(CallerContext callers) {
        this.callers = callers;
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authentication, ProblemResponses problems,
            ApiTokenService tokens, LoginThrottle throttle) {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            if (e instanceof LoginThrottledException throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                        "access.throttled", Long.toString(throttled.retryAfterSeconds()));
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"jixiao\", charset=\"UTF-8\"");
            response.addHeader("WWW-Authenticate", "Bearer realm=\"jixiao\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "access.unauthenticated");
        };
        AccessDeniedHandler denied = (request, response, e) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "access.role");
        http.csrf(csrf -> csrf.disable()) // cross-site state changes are refused by the RequestGuard instead
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(authentication)
                .addFilterBefore(new ApiTokenFilter(tokens, throttle, unauthenticated), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/v3/api-docs.yaml/**",
                                "/swagger-ui.html", "/swagger-ui/**",
                                "/api/v1/public/**", "/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated());
        return http.build();
    }

    /** A URL the firewall refuses ({@code ;}, {@code %25}, {@code %2F}, …) is a 400 problem, not a container page. */
    @Bean
    RequestRejectedHandler requestRejected(ProblemResponses problems) {
        return (request, response, e) ->
                problems.write(request, response, HttpStatus.BAD_REQUEST, "invalid-input", "problem.rejectedUrl");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }

    /** 5 free failures per account and 20 per client address within 15 minutes, then a doubling wait. */
    @Bean
    LoginThrottle loginThrottle(Clock clock,
            @Value("${jixiao.security.login.account-free-failures:5}") int accountFreeFailures,
            @Value("${jixiao.security.login.address-free-failures:20}") int addressFreeFailures) {
        return new LoginThrottle(clock, accountFreeFailures, addressFreeFailures);
    }

    @Bean
    CachingAuthenticationProvider cachingAuthenticationProvider(AccountRepository accounts, PasswordEncoder encoder,
            LoginThrottle throttle) {
        return new CachingAuthenticationProvider(accounts::credentials, encoder, throttle);
    }

    @Bean
    AuthenticationManager authenticationManager(CachingAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AllowedRolesInterceptor(callers)).addPathPatterns("/api/**");
    }
}

package org.jixiao.platform;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem detail straight to the response, in the caller's language, for errors raised before Spring MVC
 * runs (401 and 403 from the security filter chain) and so never reaching the controller advice.
 */
@Component
public class ProblemResponses {

    /**
     * What every answer carries, also those written before Spring Security's header writer runs (the request guard,
     * the firewall, the container's error dispatch).
     */
    public static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Cache-Control", "no-store");

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    public ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** Writes {@code status} with type {@code urn:jixiao:problem:<kind>} and the message {@code detailCode}. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind,
            String detailCode, @Nullable Object... arguments) throws IOException {
        Locale locale = locales.resolveLocale(request);
        write(request, response, problem(status, kind,
                Objects.requireNonNullElse(messages.getMessage(detailCode, arguments, detailCode, locale), detailCode),
                locale));
    }

    /** Writes a 400 {@code invalid-input} whose one error names {@code field}. */
    public void writeInvalid(HttpServletRequest request, HttpServletResponse response, String field,
            String messageCode) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage(messageCode, null, messageCode, locale);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", field + ": " + message, locale);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        write(request, response, problem);
    }

    private ProblemDetail problem(HttpStatus status, String kind, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:jixiao:problem:" + kind));
        problem.setTitle(messages.getMessage("problem." + kind + ".title", null, kind, locale));
        return problem;
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException notAUri) {
            // a path that is no URI is not repeated back
        }
        response.setStatus(problem.getStatus());
        SECURITY_HEADERS.forEach(response::setHeader);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}

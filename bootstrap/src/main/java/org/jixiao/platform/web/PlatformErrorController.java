package org.jixiao.platform.web;

import java.net.URI;

import org.jixiao.platform.ProblemResponses;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the servlet container forwards to when an error happened outside Spring MVC (a {@code sendError} of a
 * filter, a rejected URL): the same problem details as everywhere, never Boot's default JSON or a Tomcat page.
 * {@code /error} asked for directly is simply a path that does not exist.
 */
@Hidden
@RestController
class PlatformErrorController implements ErrorController {

    private final ProblemMessages messages;

    PlatformErrorController(ProblemMessages messages) {
        this.messages = messages;
    }

    /** The problem type of a status answered outside Spring MVC: {@code urn:jixiao:problem:<kind>}. */
    static String kindOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "invalid-input";
            case NOT_FOUND -> "not-found";
            case INTERNAL_SERVER_ERROR -> "internal";
            default -> status.name().toLowerCase().replace('_', '-');
        };
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        if (status.is2xxSuccessful() || status.is3xxRedirection()) {
            status = HttpStatus.NOT_FOUND;
        }
        String kind = kindOf(status);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.get("problem.status." + status.value()));
        problem.setType(URI.create("urn:jixiao:problem:" + kind));
        problem.setTitle(messages.get("problem.status." + status.value()));
        HttpHeaders headers = new HttpHeaders();
        ProblemResponses.SECURITY_HEADERS.forEach(headers::set);
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

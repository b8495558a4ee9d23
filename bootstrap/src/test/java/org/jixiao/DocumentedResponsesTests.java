package org.jixiao;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

/** The check every web test's answers pass through bites: an undocumented status or a null it promised fails. */
class DocumentedResponsesTests extends PlatformTest {

    static final String TARGET = "/api/v1/targets/4f0c3c1e-7c1a-4c55-9a3e-0a4f0e7b8f11";

    MvcResult answer(String method, String path, int status, String contentType, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(status);
        response.setContentType(contentType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (MvcResult) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {MvcResult.class},
                (proxy, called, args) -> switch (called.getName()) {
                    case "getRequest" -> request;
                    case "getResponse" -> response;
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }

    @Test
    void anUndocumentedStatusOrAnUnpromisedNullFails() {
        DocumentedResponses check = new DocumentedResponses(() -> port);
        assertThatThrownBy(() -> check.handle(answer("GET", TARGET, 418, "application/json", "{}")))
                .hasMessageContaining("418 is not documented");
        assertThatThrownBy(() -> check.handle(answer("GET", "/api/v1/targets", 200, "application/json",
                "{\"content\": null, \"page\": null}"))).hasMessageContaining("does not match its documented schema");
        assertThatThrownBy(() -> check.handle(answer("GET", TARGET, 404, "application/problem+json",
                "{\"type\": \"urn:jixiao:problem:not-found\"}")))
                .as("a problem without its required title and status").hasMessageContaining("does not match");
        assertThatCode(() -> check.handle(answer("GET", TARGET, 404, "application/problem+json",
                "{\"type\": \"urn:jixiao:problem:not-found\", \"title\": \"不存在\", \"status\": 404}")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check.handle(answer("GET", TARGET, 404, "application/problem+json", "")))
                .hasMessageContaining("promises a body");
        assertThatThrownBy(() -> check.handle(answer("GET", TARGET, 200, "application/json", "{}")))
                .as("a target without its ETag").hasMessageContaining("promises a ETag header");
        assertThatCode(() -> check.handle(answer("GET", "/actuator/health", 200, "application/json", "{}")))
                .as("only API operations are held to the document").doesNotThrowAnyException();
    }
}

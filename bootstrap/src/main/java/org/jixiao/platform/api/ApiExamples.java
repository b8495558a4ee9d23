package org.jixiao.platform.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * An example request and answer for every operation, kept beside the stage that owns it:
 * {@code src/main/resources/openapi/examples/<operationId>.json} holds {@code {"request": …, "response": …}},
 * recorded from the demo data. The request is shown on the operation's JSON body, the response on its success
 * answer. {@code ApiExamplesTests} checks that every operation has one and that each validates against its schema.
 */
final class ApiExamples {

    static final String LOCATION = "classpath*:openapi/examples/*.json";

    private final Map<String, JsonNode> byOperation;

    private ApiExamples(Map<String, JsonNode> byOperation) {
        this.byOperation = byOperation;
    }

    static ApiExamples load() {
        Map<String, JsonNode> examples = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String name = Objects.requireNonNull(resource.getFilename(), "example file name");
                try (InputStream in = resource.getInputStream()) {
                    if (examples.put(name.substring(0, name.length() - ".json".length()), Json.mapper().readTree(in))
                            != null) {
                        throw new IllegalStateException("two example files for operation " + name);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the API examples could not be read", e);
        }
        return new ApiExamples(Map.copyOf(examples));
    }

    /** Shows the operation's example on its JSON request body and its first success answer with a body. */
    void show(Operation operation) {
        JsonNode example = operation.getOperationId() == null ? null : byOperation.get(operation.getOperationId());
        if (example == null) {
            return;
        }
        if (example.has("request") && operation.getRequestBody() != null) {
            showOn(operation.getRequestBody().getContent(), example.get("request"));
        }
        if (example.has("response") && operation.getResponses() != null) {
            operation.getResponses().entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith("2") && entry.getValue().getContent() != null)
                    .map(Map.Entry::getValue).map(ApiResponse::getContent).findFirst()
                    .ifPresent(content -> showOn(content, example.get("response")));
        }
    }

    private static void showOn(Content content, JsonNode example) {
        MediaType json = content.get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
        if (json != null) {
            json.setExample(example);
        }
    }
}

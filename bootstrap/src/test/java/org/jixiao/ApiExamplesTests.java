package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every operation of the document explains itself: a description that ends with who may call it, an example of its
 * JSON request body and of its success answer, and each example is valid against the schema it illustrates, so an
 * example cannot drift from the contract (README "API conventions").
 */
class ApiExamplesTests extends PlatformTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyOperationHasADescriptionAndExamplesThatMatchItsSchemas() throws Exception {
        JsonNode document = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        List<String> broken = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/test/")) {
                continue; // the tests' own fixtures
            }
            path.getValue().fields().forEachRemaining(method -> {
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = method.getValue();
                operationIds.add(operation.path("operationId").asText());
                if (!operation.path("description").asText().contains("**Who may call:**")) {
                    broken.add(name + ": no description ending with who may call it");
                }
                JsonNode body = operation.at("/requestBody/content/application~1json");
                if (!body.isMissingNode()) {
                    check(document, name + " request", body, broken);
                }
                operation.get("responses").fields().forEachRemaining(response -> {
                    JsonNode answer = response.getValue().at("/content/application~1json");
                    if (response.getKey().startsWith("2") && !answer.isMissingNode()) {
                        check(document, name + " → " + response.getKey(), answer, broken);
                    }
                });
            });
        }
        assertThat(broken).isEmpty();
        List<String> files = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:openapi/examples/*.json")) {
            files.add(resource.getFilename().replace(".json", ""));
        }
        assertThat(operationIds).as("every example file is an operation's").containsAll(files);
    }

    @Test
    void anExampleThatBreaksItsSchemaIsFound() throws Exception {
        JsonNode document = JSON.readTree("""
                {"components": {"schemas": {"Amount": {"type": "object", "required": ["yuan"],
                  "properties": {"yuan": {"type": "number", "minimum": 0.01}}}}}}""");
        JsonNode media = JSON.readTree("""
                {"schema": {"$ref": "#/components/schemas/Amount"}, "example": {"yuan": 0}}""");
        List<String> broken = new ArrayList<>();
        check(document, "fixture", media, broken);
        assertThat(broken).singleElement().asString().contains("fixture", "yuan");
    }

    private static void check(JsonNode document, String where, JsonNode media, List<String> broken) {
        if (!media.has("example")) {
            broken.add(where + ": no example");
            return;
        }
        var errors = DocumentedResponses.compile(document, media.get("schema")).validate(media.get("example"));
        if (!errors.isEmpty()) {
            broken.add(where + ": its example breaks the schema: " + errors);
        }
    }
}

package org.jixiao.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.PlatformTest;
import org.jixiao.sharedkernel.Page;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conventions of the OpenAPI document (README "API conventions"), checked on the document as served, for every
 * operation, so a new controller that breaks one fails here.
 */
class ApiDocumentTests extends PlatformTest {

    static final List<String> GROUPS = List.of("platform", "assessment", "targeting", "monitoring", "evaluation",
            "application");
    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    JsonNode document(String path) throws Exception {
        return JSON.readTree(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    /** Every operation of the product: "METHOD path" → operation (the tests' own fixtures under /test left out). */
    static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new HashMap<>();
        document.get("paths").properties().stream().filter(path -> !path.getKey().startsWith("/test/"))
                .forEach(path -> path.getValue().properties().forEach(method -> operations.put(
                        method.getKey().toUpperCase() + " " + path.getKey(), method.getValue())));
        return operations;
    }

    @Test
    void everyOperationHasAStableMeaningfulIdTheSameInItsGroup() throws Exception {
        Map<String, JsonNode> all = operations(document("/v3/api-docs"));
        assertThat(all).hasSizeGreaterThanOrEqualTo(42);
        List<String> ids = all.values().stream().map(operation -> operation.path("operationId").asString("")).toList();
        assertThat(ids).allMatch(id -> id.matches("[a-z][A-Za-z]+"), "camelCase verbs, no generated _1 suffixes")
                .doesNotHaveDuplicates();
        Map<String, JsonNode> grouped = new HashMap<>();
        for (String group : GROUPS) {
            grouped.putAll(operations(document("/v3/api-docs/" + group)));
        }
        assertThat(grouped.keySet()).as("every operation appears in a stage's group").containsAll(all.keySet());
        grouped.forEach((operation, node) -> assertThat(node.path("operationId").asString())
                .as(operation).isEqualTo(all.get(operation).path("operationId").asString()));
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblemsAndItsSecurity() throws Exception {
        JsonNode document = document("/v3/api-docs");
        assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
        assertThat(document.at("/components/securitySchemes/apiToken/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/info/license/identifier").asString()).isEqualTo("Apache-2.0");
        assertThat(document.at("/servers/0/url").asString()).isEqualTo("/");
        assertThat(document.at("/components/schemas/Problem/required").toString()).contains("type", "status");
        List<String> broken = new ArrayList<>();
        operations(document).forEach((name, operation) -> {
            boolean anonymous = name.contains(" /api/v1/public/");
            JsonNode responses = operation.get("responses");
            List<String> needed = new ArrayList<>(List.of("400", "503"));
            if (anonymous) {
                if (!operation.has("security") || !operation.get("security").isEmpty()) {
                    broken.add(name + ": a public operation needs security: []");
                }
            } else {
                needed.addAll(List.of("401", "403"));
            }
            if (name.contains("{")) {
                needed.add("404");
            }
            if (!name.startsWith("GET ")) {
                needed.add("409");
            }
            needed.stream().filter(status -> !responses.has(status)).forEach(status -> broken.add(name + ": no " + status));
            responses.properties().forEach(response -> {
                if (response.getKey().equals("201") && response.getValue().at("/headers/Location").isMissingNode()) {
                    broken.add(name + ": a 201 without Location");
                }
            });
            if (!operation.has("summary")) {
                broken.add(name + ": no summary");
            }
            List<String> parameters = new ArrayList<>();
            operation.path("parameters").forEach(parameter -> parameters.add(parameter.has("$ref")
                    ? parameter.get("$ref").asString()
                    : parameter.path("in").asString() + ":" + parameter.path("name").asString()));
            if (parameters.stream().distinct().count() != parameters.size()) {
                broken.add(name + ": a parameter listed twice " + parameters);
            }
            operation.path("parameters").forEach(parameter -> {
                if (!parameter.has("$ref") && !parameter.has("description")) {
                    broken.add(name + ": parameter " + parameter.path("name").asString() + " has no description");
                }
            });
        });
        assertThat(broken).isEmpty();
        assertThat(document.at("/paths/~1api~1v1~1targets/post/responses/201").isMissingNode()).isFalse();
        assertThat(document.at("/paths/~1api~1v1~1targets~1{id}/get/responses/200/headers/ETag").isMissingNode())
                .isFalse();
    }

    @Test
    void schemaNamesAreUniqueAndEnumsAreNamedComponents() throws Exception {
        JsonNode schemas = document("/v3/api-docs").at("/components/schemas");
        assertThat(schemas.has("TargetCreateRequest")).isTrue();
        assertThat(schemas.has("AssessmentCreateRequest")).isTrue();
        assertThat(schemas.has("Create")).isFalse();
        assertThat(schemas.has("Grade")).isTrue();
        assertThat(schemas.at("/Grade/enum").toString()).contains("EXCELLENT", "POOR");
        assertThat(schemas.at("/AssessmentView/properties/grade/anyOf/0/$ref").asString())
                .isEqualTo("#/components/schemas/Grade");
        assertThat(SchemaNames.nestedName(Page.Meta.class)).isEqualTo("PageMeta");
    }

    @Test
    void requiredAndNullableAreWhatTheCodeDeclares() throws Exception {
        JsonNode schemas = document("/v3/api-docs/targeting").at("/components/schemas");
        JsonNode target = schemas.get("TargetView");
        assertThat(target.get("required").toString()).contains("\"id\"", "\"status\"", "\"indicators\"")
                .doesNotContain("inForceRevision", "projectCode");
        assertThat(target.at("/properties/inForceRevision/type").toString()).isEqualTo("[\"integer\",\"null\"]");
        assertThat(target.at("/properties/awaiting/anyOf/0/$ref").asString())
                .isEqualTo("#/components/schemas/Reviewer");
        assertThat(target.at("/properties/awaiting/anyOf/1/type").asString()).isEqualTo("null");
        assertThat(target.at("/properties/status/$ref").asString()).isEqualTo("#/components/schemas/TargetStatus");
        assertThat(schemas.at("/TargetReviewRequest/required").toString()).isEqualTo("[\"decision\",\"grade\"]");
        assertThat(schemas.at("/TargetReviewRequest/properties/version/type").toString()).contains("null");
    }

    @Test
    void constraintsAreTheOnesTheServerEnforces() throws Exception {
        JsonNode document = document("/v3/api-docs/targeting");
        JsonNode create = document.at("/components/schemas/TargetCreateRequest/properties");
        assertThat(create.at("/projectName/minLength").asInt()).as("non-blank").isEqualTo(1);
        assertThat(create.at("/projectCode/pattern").asString()).isEqualTo("^(?:[A-Za-z0-9_.-]+)$");
        assertThat(create.at("/budgetAmount/maximum").decimalValue()).isEqualByComparingTo("9999999999999999.99");
        assertThat(create.at("/budgetAmount/description").asString()).contains("2 decimals");
        assertThat(document.at("/components/schemas/PageTargetListItem/required").toString())
                .as("a generic type's schema is held to the code too").contains("content", "page");
        assertThat(create.at("/fiscalYear/minimum").asInt()).isEqualTo(2000);
        assertThat(create.at("/fiscalYear/maximum").asInt()).isEqualTo(2100);
        JsonNode size = null;
        for (JsonNode parameter : document.at("/paths/~1api~1v1~1targets/get/parameters")) {
            if (parameter.path("name").asString().equals("size")) {
                size = parameter;
            }
        }
        JsonNode scores = document("/v3/api-docs/assessment")
                .at("/components/schemas/AssessmentScoresRequest/properties/scores");
        assertThat(scores.at("/required").valueStream().map(JsonNode::asString)).as("a sheet scores every dimension")
                .containsExactlyInAnyOrder("NECESSITY", "ECONOMY", "TARGET_REASONABLENESS", "FEASIBILITY",
                        "FUNDING_COMPLIANCE");
        assertThat(scores.at("/additionalProperties").asBoolean(true)).isFalse();
        JsonNode criteria = document.at("/components/schemas/TargetReviewRequest/properties/criteria");
        assertThat(criteria.at("/properties").propertyNames()).containsExactlyInAnyOrder("COMPLETENESS",
                "RELEVANCE", "APPROPRIATENESS", "FEASIBILITY");
        assertThat(criteria.has("required")).isFalse();
        assertThat(size).isNotNull();
        assertThat(size.at("/schema/minimum").asInt()).isEqualTo(1);
        assertThat(size.at("/schema/maximum").asInt()).isEqualTo(500);
    }

    @Test
    void theYamlDocumentIsPublicToo() throws Exception {
        mvc.perform(get("/v3/api-docs.yaml")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs.yaml/targeting")).andExpect(status().isOk());
    }
}

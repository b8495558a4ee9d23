package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Each rule key's value has a named schema in the document that accepts what the server accepts, and no more. */
class RuleValueSchemasTests extends PlatformTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachKeysValueSchemaAcceptsItsDefaultAndRefusesAnotherShape() throws Exception {
        JsonNode document = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        JsonNode rules = JSON.readTree(mvc.perform(get("/api/v1/rules?regionCode=650000&fiscalYear=2020&size=500")
                .with(access.as("t-finance-province"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(rules.get("content")).hasSizeGreaterThanOrEqualTo(8);
        for (JsonNode rule : rules.get("content")) {
            String component = schemaOf(rule.get("key").asText());
            JsonNode schema = JSON.createObjectNode().put("$ref", "#/components/schemas/" + component);
            assertThat(DocumentedResponses.compile(document, schema).validate(rule.get("value")))
                    .as(rule.get("key").asText() + " default against " + component).isEmpty();
        }
        JsonNode bands = JSON.createObjectNode().put("$ref", "#/components/schemas/EvaluationGradeBandsValue");
        assertThat(DocumentedResponses.compile(document, bands).validate(JSON.readTree(
                "{\"EXCELLENT\": 90, \"GOOD\": 80}"))).as("an entry missing").isNotEmpty();
        assertThat(DocumentedResponses.compile(document, bands).validate(JSON.readTree(
                "{\"EXCELLENT\": 190, \"GOOD\": 80, \"FAIR\": 60}"))).as("above 100").isNotEmpty();
        assertThat(DocumentedResponses.compile(document, bands).validate(JSON.readTree(
                "{\"EXCELLENT\": 90, \"GOOD\": 80, \"FAIR\": 60, \"POOR\": 0}"))).as("an unknown entry").isNotEmpty();
        assertThat(document.at("/components/schemas/RuleView/properties/value/description").asText())
                .contains("evaluation.gradeBands → EvaluationGradeBandsValue");
    }

    private static String schemaOf(String key) {
        StringBuilder name = new StringBuilder();
        for (String part : key.split("\\.")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name + "Value";
    }
}

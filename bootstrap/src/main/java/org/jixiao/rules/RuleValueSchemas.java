package org.jixiao.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jixiao.sharedkernel.rules.RuleKey;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Each rule key's value as a named schema ({@code assessment.weights} → {@code AssessmentWeightsValue}), from the
 * key's own {@link RuleKey#valueSchema()}, and every {@code value} of the rules API typed as one of them, so a
 * client knows the shape of what it reads and sends. After the platform's conventions, which would take an
 * untyped {@code value} for any JSON.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RuleValueSchemas implements GlobalOpenApiCustomizer {

    /** The schemas whose {@code value} is a rule's value. */
    private static final List<String> HOLDERS = List.of("RuleView", "RuleValue", "RuleChangeView", "AppliedRule");

    private final RuleCatalogue catalogue;

    RuleValueSchemas(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void customise(OpenAPI document) {
        Map<String, Schema> schemas = document.getComponents() == null ? null : document.getComponents().getSchemas();
        if (schemas == null || HOLDERS.stream().noneMatch(schemas::containsKey)) {
            return; // a group without the rules API
        }
        List<Schema> values = new ArrayList<>();
        for (RuleKey<?> key : catalogue.all()) {
            Schema<?> schema = Json31.mapper().convertValue(key.valueSchema(), Schema.class);
            schema.setDescription("The value of rule " + key.key() + ": " + key.description()
                    + (schema.getDescription() == null ? "" : ". " + schema.getDescription()));
            schemas.put(componentName(key), schema);
            values.add(new Schema<>().$ref("#/components/schemas/" + componentName(key)));
        }
        String byKey = catalogue.all().stream().map(key -> key.key() + " → " + componentName(key))
                .collect(Collectors.joining(", "));
        for (String holder : HOLDERS) {
            Schema<?> schema = schemas.get(holder);
            if (schema != null && schema.getProperties() != null && schema.getProperties().containsKey("value")) {
                List<Schema> anyOf = new ArrayList<>(values);
                Schema<?> none = new Schema<>();
                none.addType("null"); // REMOVE in the history, and a threshold of none
                anyOf.add(none);
                schema.getProperties().put("value", new Schema<>().anyOf(anyOf)
                        .description("The rule's value, shaped as its key defines: " + byKey));
            }
        }
    }

    /** {@code evaluation.gradeBands} → {@code EvaluationGradeBandsValue}. */
    static String componentName(RuleKey<?> key) {
        StringBuilder name = new StringBuilder();
        for (String part : key.key().split("\\.")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.append("Value").toString();
    }
}

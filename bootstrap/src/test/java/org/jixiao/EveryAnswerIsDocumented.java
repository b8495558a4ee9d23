package org.jixiao;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Every MockMvc answer of an API operation is checked against the OpenAPI document ({@link DocumentedResponses}). */
@TestConfiguration(proxyBeanMethods = false)
class EveryAnswerIsDocumented {

    @Bean
    MockMvcBuilderCustomizer documentedResponses(Environment environment) {
        DocumentedResponses responses = new DocumentedResponses(
                () -> environment.getRequiredProperty("local.server.port", Integer.class));
        return builder -> builder.alwaysDo(responses);
    }
}

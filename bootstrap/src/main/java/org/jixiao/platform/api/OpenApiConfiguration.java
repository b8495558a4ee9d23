package org.jixiao.platform.api;

import java.util.List;

import org.jixiao.sharedkernel.ExpectedVersion;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI document at {@code /v3/api-docs} (everything) and one group per stage at
 * {@code /v3/api-docs/<stage>}, shown in Swagger UI under the stages' Chinese names.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basicAuth";
    static final String TOKEN = "apiToken";

    static {
        // If-Match is read as an ExpectedVersion (the web platform parses it); on the wire it is an ETag string
        SpringDocUtils.getConfig().replaceWithClass(ExpectedVersion.class, String.class);
        // every enum is one named component (its name is the key of /api/v1/enums), not inlined at each use
        ModelResolver.enumsAsRef = true;
    }

    /** Unique schema names, and required and nullable as the code declares them ({@link DocumentModels}). */
    @Bean
    DocumentModels documentModels() {
        return new DocumentModels();
    }

    @Bean
    OpenAPI jixiaoOpenApi() {
        return new OpenAPI().info(new Info()
                        .title("Jixiao (绩效) budget performance management API")
                        .description("预算绩效管理信息系统: 事前绩效评估 → 绩效目标 → 绩效运行监控 → 绩效评价 → 结果应用. "
                                + "JSON under /api/v1; errors are RFC 9457 problem details (schema Problem); Chinese "
                                + "by default, English with Accept-Language: en. Authenticate with HTTP Basic or an "
                                + "API token (Authorization: Bearer jxt_…); the operations under /api/v1/public need "
                                + "neither.")
                        .version("v1")
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
                // relative: the document describes whichever server serves it
                .servers(List.of(new Server().url("/").description("the server that serves this document")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("An account's username and password"))
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("jxt_…").description("An API token of an account "
                                        + "(POST /api/v1/accounts/{username}/tokens), for systems")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }

    @Bean
    GroupedOpenApi platformApi() {
        return group("platform", "平台 Platform", "org.jixiao.platform", "org.jixiao.organisation", "org.jixiao.rules");
    }

    @Bean
    GroupedOpenApi assessmentApi() {
        return group("assessment", "事前绩效评估 Ex-ante assessment", "org.jixiao.assessment");
    }

    @Bean
    GroupedOpenApi targetingApi() {
        return group("targeting", "绩效目标 Performance targets", "org.jixiao.targeting");
    }

    @Bean
    GroupedOpenApi monitoringApi() {
        return group("monitoring", "绩效运行监控 Monitoring", "org.jixiao.monitoring");
    }

    @Bean
    GroupedOpenApi evaluationApi() {
        return group("evaluation", "绩效评价 Evaluation", "org.jixiao.evaluation");
    }

    @Bean
    GroupedOpenApi resultApplicationApi() {
        return group("application", "结果应用 Result application", "org.jixiao.resultapplication");
    }

    private static GroupedOpenApi group(String name, String displayName, String... packages) {
        return GroupedOpenApi.builder().group(name).displayName(displayName).packagesToScan(packages).build();
    }
}

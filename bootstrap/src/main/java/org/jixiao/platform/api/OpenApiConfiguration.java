package org.jixiao.platform.api;

import org.jixiao.sharedkernel.ExpectedVersion;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

/**
 * The OpenAPI document at {@code /v3/api-docs} (everything) and one group per stage at
 * {@code /v3/api-docs/<stage>}, shown in Swagger UI under the stages' Chinese names.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // If-Match is read as an ExpectedVersion (the web platform parses it); on the wire it is an ETag string
        SpringDocUtils.getConfig().replaceWithClass(ExpectedVersion.class, String.class);
    }

    @Bean
    OpenAPI jixiaoOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Jixiao (绩效) budget performance management API")
                .description("预算绩效管理信息系统: 事前绩效评估 → 绩效目标 → 绩效运行监控 → 绩效评价 → 结果应用. "
                        + "JSON under /api/v1; errors are RFC 9457 problem details; Chinese by default, English with "
                        + "Accept-Language: en.")
                .version("v1")
                .license(new License().name("Apache-2.0")));
    }

    @Bean
    GroupedOpenApi platformApi() {
        return group("platform", "平台 Platform", "org.jixiao.platform");
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

    private static GroupedOpenApi group(String name, String displayName, String basePackage) {
        return GroupedOpenApi.builder().group(name).displayName(displayName).packagesToScan(basePackage).build();
    }
}

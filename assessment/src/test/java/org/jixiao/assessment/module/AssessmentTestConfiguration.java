package org.jixiao.assessment.module;

import javax.sql.DataSource;

import jixiao.testsupport.StageTestConfiguration;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assessment on its own: its services and persistence (not its web adapters) on a real PostgreSQL with its schema
 * migrated, the platform's ports as the kernel's doubles.
 */
@Configuration(proxyBeanMethods = false)
@Import(StageTestConfiguration.class)
@ComponentScan(basePackages = "org.jixiao.assessment", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.jixiao\\.assessment\\.adapter\\.in\\..*"),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.jixiao\\.assessment\\.module\\..*")})
class AssessmentTestConfiguration {

    @Bean
    Flyway assessmentSchema(DataSource dataSource) {
        return StageTestConfiguration.migrate(dataSource, "assessment");
    }

    @Bean
    JsonMapper jsonMapper() {
        return JsonMapper.builder().build();
    }
}

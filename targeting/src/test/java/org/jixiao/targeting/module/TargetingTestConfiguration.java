package org.jixiao.targeting.module;

import java.math.BigDecimal;
import java.util.Optional;

import javax.sql.DataSource;

import jixiao.testsupport.StageTestConfiguration;
import org.flywaydb.core.Flyway;
import org.jixiao.assessment.api.ExAnteAssessments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * Targeting on its own: its services and persistence (not its web adapters) on a real PostgreSQL with its schema
 * migrated, the platform's ports as the kernel's doubles, and assessment's API answering "nothing assessed".
 */
@Configuration(proxyBeanMethods = false)
@Import(StageTestConfiguration.class)
@ComponentScan(basePackages = "org.jixiao.targeting", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.jixiao\\.targeting\\.adapter\\.in\\..*"),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.jixiao\\.targeting\\.module\\..*")})
class TargetingTestConfiguration {

    @Bean
    Flyway targetingSchema(DataSource dataSource) {
        return StageTestConfiguration.migrate(dataSource, "targeting");
    }

    @Bean
    ExAnteAssessments nothingAssessed() {
        return new ExAnteAssessments() {
            @Override
            public boolean isAssessed(String unitCode, String projectCode, int fiscalYear) {
                return false;
            }

            @Override
            public Optional<ConcludedAssessment> conclusionFor(String unitCode, String projectCode, int fiscalYear) {
                return Optional.empty();
            }

            @Override
            public boolean reachesThreshold(String regionCode, int fiscalYear, BigDecimal amount) {
                return false;
            }
        };
    }
}

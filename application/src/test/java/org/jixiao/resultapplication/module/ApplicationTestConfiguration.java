package org.jixiao.resultapplication.module;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import jixiao.testsupport.StageTestConfiguration;
import org.flywaydb.core.Flyway;
import org.jixiao.evaluation.api.EvaluationResultsInForce;
import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.events.SpotCheckFlagged;
import org.jixiao.monitoring.api.ReviewedReports;
import org.jixiao.monitoring.events.MonitoringReviewed;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.access.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.json.JsonMapper;

/**
 * Result application on its own: its services, listeners and persistence (not its web adapters) on a real
 * PostgreSQL with its schema migrated, and evaluation's and monitoring's query APIs as lists the test fills.
 */
@Configuration(proxyBeanMethods = false)
@Import(StageTestConfiguration.class)
@ComponentScan(basePackages = "org.jixiao.resultapplication", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "org\\.jixiao\\.resultapplication\\.adapter\\.in\\.web\\..*"),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.jixiao\\.resultapplication\\.module\\..*")})
class ApplicationTestConfiguration {

    @Bean
    Flyway resultApplicationSchema(DataSource dataSource) {
        return StageTestConfiguration.migrate(dataSource, "resultapplication");
    }

    @Bean
    JsonMapper jsonMapper() {
        return JsonMapper.builder().build();
    }

    @Bean
    Upstream upstream() {
        return new Upstream();
    }

    /** Evaluation's and monitoring's answers to "what do you hold": the facts a test put here, in key order. */
    static class Upstream implements EvaluationResultsInForce, ReviewedReports {

        final List<EvaluationCompleted> results = new CopyOnWriteArrayList<>();
        final List<MonitoringReviewed> reviews = new CopyOnWriteArrayList<>();
        final List<SpotCheckFlagged> flags = new CopyOnWriteArrayList<>();

        void clear() {
            results.clear();
            reviews.clear();
            flags.clear();
        }

        private static boolean covers(Scope scope, String unitPath) {
            return scope.covers(OrgPath.parse(unitPath));
        }

        @Override
        public List<EvaluationCompleted> completed(Scope scope, @Nullable UUID after, int limit) {
            return results.stream().filter(e -> covers(scope, e.header().unitPath()))
                    .sorted(Comparator.comparing(EvaluationCompleted::targetId))
                    .filter(e -> after == null || e.targetId().compareTo(after) > 0).limit(limit).toList();
        }

        @Override
        public List<SpotCheckFlagged> flagged(Scope scope, @Nullable SpotCheckFlagged after, int limit) {
            Comparator<SpotCheckFlagged> order = Comparator.comparing(SpotCheckFlagged::spotCheckId)
                    .thenComparing(SpotCheckFlagged::targetId);
            return flags.stream().filter(e -> covers(scope, e.header().unitPath())).sorted(order)
                    .filter(e -> after == null || order.compare(e, after) > 0).limit(limit).toList();
        }

        @Override
        public List<MonitoringReviewed> after(Scope scope, @Nullable MonitoringReviewed after, int limit) {
            Comparator<MonitoringReviewed> order = Comparator.comparing(MonitoringReviewed::roundId)
                    .thenComparing(MonitoringReviewed::targetId);
            return reviews.stream().filter(e -> covers(scope, e.header().unitPath())).sorted(order)
                    .filter(e -> after == null || order.compare(e, after) > 0).limit(limit).toList();
        }
    }
}

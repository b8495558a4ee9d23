package org.jixiao.evaluation.module;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import jixiao.testsupport.StageTestConfiguration;
import org.flywaydb.core.Flyway;
import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.targeting.api.TargetsInForce;
import org.jixiao.targeting.events.TargetApproved;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluation on its own: its services, listeners and persistence (not its web adapters) on a real PostgreSQL with
 * its schema migrated, and targeting's query API as a list of approvals the test fills.
 */
@Configuration(proxyBeanMethods = false)
@Import(StageTestConfiguration.class)
@ComponentScan(basePackages = "org.jixiao.evaluation", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.jixiao\\.evaluation\\.adapter\\.in\\.web\\..*"),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.jixiao\\.evaluation\\.module\\..*")})
class EvaluationTestConfiguration {

    @Bean
    Flyway evaluationSchema(DataSource dataSource) {
        return StageTestConfiguration.migrate(dataSource, "evaluation");
    }

    @Bean
    JsonMapper jsonMapper() {
        return JsonMapper.builder().build();
    }

    @Bean
    Targeting targeting() {
        return new Targeting();
    }

    @Bean
    Completions completions() {
        return new Completions();
    }

    /** The EvaluationCompleted events published, as a listener of the module's sees them. */
    static class Completions {

        final List<EvaluationCompleted> published = new CopyOnWriteArrayList<>();

        @EventListener
        void on(EvaluationCompleted completed) {
            published.add(completed);
        }
    }

    /** Targeting's answer to "which targets are in force": the approvals a test put here, by target id. */
    static class Targeting implements TargetsInForce {

        final List<TargetApproved> inForce = new CopyOnWriteArrayList<>();

        @Override
        public List<TargetApproved> after(Scope scope, @Nullable UUID after, int limit) {
            return inForce.stream().filter(a -> scope.covers(org.jixiao.sharedkernel.OrgPath.parse(a.header().unitPath())))
                    .sorted((x, y) -> x.header().aggregateId().compareTo(y.header().aggregateId()))
                    .filter(a -> after == null || a.header().aggregateId().compareTo(after) > 0)
                    .limit(limit).toList();
        }
    }
}

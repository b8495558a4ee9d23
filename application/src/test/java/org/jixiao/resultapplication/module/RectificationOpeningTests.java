package org.jixiao.resultapplication.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jixiao.testsupport.TestRuleStore;
import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.events.ScoredBy;
import org.jixiao.evaluation.events.SpotCheckFlagged;
import org.jixiao.monitoring.events.MonitoringReviewed;
import org.jixiao.monitoring.events.ReviewAction;
import org.jixiao.resultapplication.domain.ApplicationRules;
import org.jixiao.resultapplication.port.in.ResultProjectionUseCase;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.targeting.events.TargetKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The upstream facts open rectifications exactly once per source: through the module listener after the
 * publishing transaction commits, again when an event is delivered twice, late, or replayed by a rebuild.
 */
@SpringJUnitConfig(ApplicationTestConfiguration.class)
class RectificationOpeningTests {

    static final String PATH = "/650000/650100/650121/D01/U01/";
    static final Instant MARCH = Instant.parse("2020-03-01T02:00:00Z");

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ResultProjectionUseCase projection;
    @Autowired
    ApplicationTestConfiguration.Upstream upstream;
    @Autowired
    TestRuleStore rules;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        for (String table : List.of("evaluation_result", "monitoring_review", "spot_check_flag", "rectification")) {
            jdbc.sql("DELETE FROM resultapplication." + table).update();
        }
        upstream.clear();
        rules.clear();
    }

    static EvaluationCompleted result(UUID target, long version, String score, Grade grade, Instant at) {
        return new EvaluationCompleted(new EventHeader(UUID.randomUUID(), at, 2019, "650121", "U01", PATH, target,
                version), target, TargetKind.PROJECT, "P-" + target.toString().substring(0, 8), "校舍维修", "D01",
                new BigDecimal("1000000.00"), new BigDecimal("900000.00"), new BigDecimal(score),
                new BigDecimal(score), grade, ScoredBy.SELF);
    }

    static MonitoringReviewed review(UUID report, long version, ReviewAction action, Instant at) {
        return new MonitoringReviewed(new EventHeader(UUID.randomUUID(), at, 2019, "650121", "U01", PATH, report,
                version), report, UUID.randomUUID(), UUID.randomUUID(), 6, "D01", "P-M", "校舍维修",
                new BigDecimal("1000000.00"), new BigDecimal("200000.00"), new BigDecimal("70.00"), action,
                action.movesMoney() ? new BigDecimal("100000.00") : null, null, true, List.of());
    }

    static SpotCheckFlagged flag(UUID check, UUID target, long version) {
        return new SpotCheckFlagged(new EventHeader(UUID.randomUUID(), MARCH, 2019, "650121", "U01", PATH, check,
                version), check, target, "P-S", "校舍维修", new BigDecimal("92.00"), new BigDecimal("70.00"),
                new BigDecimal("-22.00"), BigDecimal.TEN, null);
    }

    /** As evaluation and monitoring publish: inside their transaction; the module listener runs once it commits. */
    void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    List<String> tasks() {
        return jdbc.sql("SELECT source || ' ' || opened_on || ' ' || deadline FROM resultapplication.rectification "
                + "ORDER BY source, source_key").query(String.class).list();
    }

    @Test
    void aFairResultOpensOnceHoweverOftenItArrives() {
        UUID target = UUID.randomUUID();
        EvaluationCompleted fair = result(target, 3, "72.50", Grade.FAIR, MARCH);
        publish(fair);
        publish(fair);
        assertThat(projection.keep(fair)).isFalse();
        assertThat(tasks()).containsExactly("EVALUATION 2020-03-01 2020-03-31");
        // scored again, POOR, and later GOOD: the same source; the task stays until finance verifies it
        assertThat(projection.keep(result(target, 4, "55.00", Grade.POOR, MARCH.plusSeconds(86_400)))).isTrue();
        assertThat(projection.keep(result(target, 5, "81.00", Grade.GOOD, MARCH.plusSeconds(172_800)))).isTrue();
        assertThat(tasks()).hasSize(1);
        assertThat(jdbc.sql("SELECT grade FROM resultapplication.evaluation_result WHERE target_id = ?")
                .param(target).query(String.class).single()).isEqualTo("GOOD");
    }

    @Test
    void aLateOlderVersionOpensNothing() {
        UUID target = UUID.randomUUID();
        assertThat(projection.keep(result(target, 5, "85.00", Grade.GOOD, MARCH))).isTrue();
        assertThat(projection.keep(result(target, 4, "70.00", Grade.FAIR, MARCH))).isFalse();
        assertThat(tasks()).isEmpty();
        assertThat(projection.keep(result(UUID.randomUUID(), 1, "95.00", Grade.EXCELLENT, MARCH))).isTrue();
        assertThat(tasks()).isEmpty();
    }

    @Test
    void monitoringActionsRectifyAndSuspendOpenTheOthersOnlyCount() {
        UUID rectify = UUID.randomUUID();
        UUID recall = UUID.randomUUID();
        publish(review(rectify, 1, ReviewAction.NONE, MARCH));
        publish(review(recall, 1, ReviewAction.RECALL_FUNDS, MARCH));
        publish(review(UUID.randomUUID(), 1, ReviewAction.ADJUST_BUDGET, MARCH));
        assertThat(tasks()).isEmpty();
        publish(review(rectify, 2, ReviewAction.RECTIFY, MARCH));
        publish(review(rectify, 3, ReviewAction.SUSPEND_FUNDING, MARCH));
        publish(review(rectify, 3, ReviewAction.SUSPEND_FUNDING, MARCH));
        assertThat(tasks()).containsExactly("MONITORING 2020-03-01 2020-03-31");
        assertThat(jdbc.sql("SELECT count(*) FROM resultapplication.monitoring_review").query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void theDeadlineFollowsTheRuleOfTheSourcesRegionAndYear() {
        rules.set(ApplicationRules.RECTIFICATION_DAYS, RegionCode.of("650121"), FiscalYear.of(2019), 45);
        publish(flag(UUID.randomUUID(), UUID.randomUUID(), 2));
        assertThat(tasks()).containsExactly("SPOT_CHECK 2020-03-01 2020-04-15");
        assertThat(jdbc.sql("SELECT deadline_rule ->> 'source' FROM resultapplication.rectification")
                .query(String.class).single()).isEqualTo("650121");
    }

    @Test
    void aRebuildReplaysEverythingAndOpensNothingTwice() {
        UUID fairTarget = UUID.randomUUID();
        UUID report = UUID.randomUUID();
        UUID check = UUID.randomUUID();
        upstream.results.add(result(fairTarget, 3, "70.00", Grade.FAIR, MARCH));
        for (int i = 0; i < 1_234; i++) { // more than a page
            upstream.results.add(result(UUID.randomUUID(), 1, "88.00", Grade.GOOD, MARCH));
        }
        upstream.reviews.add(review(report, 2, ReviewAction.RECTIFY, MARCH));
        upstream.flags.add(flag(check, fairTarget, 2));
        publish(upstream.results.get(0)); // one fact already heard live
        projection.rebuildIfEmpty();
        assertThat(projection.status().rebuilding()).as("not empty: no rebuild").isFalse();
        projection.rebuild();
        await().atMost(Duration.ofSeconds(20)).until(() -> !projection.status().rebuilding());
        assertThat(projection.status().evaluationResults()).isEqualTo(1_235);
        assertThat(projection.status().rebuilds()).extracting(r -> r.source() + " " + r.read() + " " + r.changed())
                .containsExactly("EVALUATION_RESULTS 1235 1234", "MONITORING_REVIEWS 1 1", "SPOT_CHECK_FLAGS 1 1");
        assertThat(tasks()).hasSize(3);
        projection.rebuild();
        await().atMost(Duration.ofSeconds(20)).until(() -> !projection.status().rebuilding()
                && projection.status().rebuilds().get(0).changed() == 0);
        assertThat(tasks()).hasSize(3);
        assertThat(projection.status().rectifications()).isEqualTo(3);
        assertThat(LocalDate.parse(tasks().get(0).split(" ")[1])).isEqualTo(LocalDate.of(2020, 3, 1));
    }
}

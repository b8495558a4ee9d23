package org.jixiao.monitoring.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jixiao.sharedkernel.events.ProjectionStatus;
import org.jixiao.monitoring.port.in.TargetProjectionUseCase;
import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.targeting.events.BudgetCategory;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetApproved;
import org.jixiao.targeting.events.TargetApproved.ApprovedIndicator;
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
 * Monitoring's copy of the targets in force: kept from targeting's approvals through the module listener (after the
 * publishing transaction commits), idempotent under redelivery and late arrival, and rebuilt from targeting's
 * query API when empty.
 */
@SpringJUnitConfig(MonitoringTestConfiguration.class)
class TargetProjectionTests {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TargetProjectionUseCase projection;
    @Autowired
    MonitoringTestConfiguration.Targeting targeting;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void anEmptyCopy() {
        jdbc.sql("DELETE FROM monitoring.target_in_force").update();
        targeting.inForce.clear();
    }

    static TargetApproved approval(UUID target, int revision, String unitPath, int indicators) {
        String unit = unitPath.replaceAll(".*/([^/]+)/$", "$1");
        List<ApprovedIndicator> lines = IntStream.range(0, indicators).mapToObj(i -> new ApprovedIndicator(
                UUID.nameUUIDFromBytes((target + "/" + revision + "/" + i).getBytes()), Level1.OUTPUT,
                Level2.QUANTITY, "指标" + i + "（第" + revision + "版）", Operator.GE, Integer.toString(100 + i), "项",
                BigDecimal.valueOf(10))).toList();
        return new TargetApproved(new EventHeader(UUID.randomUUID(), Instant.parse("2020-03-01T02:00:00Z"), 2020,
                "650121", unit, unitPath, target, 3L + revision), revision, revision == 0 ? null : revision - 1,
                TargetKind.PROJECT, "D01", "P-" + target.toString().substring(0, 8), "校舍维修改造项目",
                BudgetCategory.GENERAL_PUBLIC, FundSource.ANNUAL_BUDGET,
                new BigDecimal("1000000.00").add(BigDecimal.valueOf(revision)), lines);
    }

    /** As targeting publishes: inside its transaction; the module listener runs once it commits. */
    void publish(TargetApproved approval) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(approval));
    }

    List<String> indicatorRows(UUID target) {
        return jdbc.sql("SELECT position || ' ' || name || ' ' || xmin::text FROM monitoring.target_indicator "
                + "WHERE target_id = ? ORDER BY position").param(target).query(String.class).list();
    }

    int revision(UUID target) {
        return jdbc.sql("SELECT revision FROM monitoring.target_in_force WHERE target_id = ?").param(target)
                .query(Integer.class).single();
    }

    @Test
    void anApprovalIsKeptOnceAndARedeliveryChangesNothing() {
        UUID target = UUID.randomUUID();
        TargetApproved approved = approval(target, 0, "/650000/650100/650121/D01/U01/", 7);
        publish(approved);
        assertThat(revision(target)).isZero();
        List<String> rows = indicatorRows(target);
        assertThat(rows).hasSize(7);
        assertThat(jdbc.sql("SELECT unit_code || ' ' || unit_path || ' ' || budget_amount || ' ' || fund_source "
                + "FROM monitoring.target_in_force WHERE target_id = ?").param(target).query(String.class).single())
                .isEqualTo("U01 /650000/650100/650121/D01/U01/ 1000000.00 ANNUAL_BUDGET");

        publish(approved);
        assertThat(projection.keep(approved)).isFalse();
        assertThat(indicatorRows(target)).as("not even rewritten").isEqualTo(rows);
        assertThat(projection.status().targets()).isEqualTo(1);
    }

    @Test
    void anAdjustmentReplacesTheRevisionAndAnOlderApprovalArrivingLateChangesNothing() {
        UUID target = UUID.randomUUID();
        TargetApproved first = approval(target, 0, "/650000/650100/650121/D01/U01/", 7);
        TargetApproved adjusted = approval(target, 1, "/650000/650100/650121/D01/U01/", 3);
        assertThat(projection.keep(first)).isTrue();
        assertThat(projection.keep(adjusted)).isTrue();
        assertThat(revision(target)).isEqualTo(1);
        List<String> rows = indicatorRows(target);
        assertThat(rows).hasSize(3).allMatch(row -> row.contains("第1版"));

        assertThat(projection.keep(first)).isFalse();
        assertThat(revision(target)).isEqualTo(1);
        assertThat(indicatorRows(target)).isEqualTo(rows);
    }

    @Test
    void aBatchNamingATargetTwiceKeepsItsLatestRevision() {
        UUID target = UUID.randomUUID();
        publish(approval(target, 2, "/650000/650100/650121/D01/U01/", 2));
        assertThat(projection.keep(approval(target, 1, "/650000/650100/650121/D01/U01/", 5))).isFalse();
        assertThat(revision(target)).isEqualTo(2);
        assertThat(indicatorRows(target)).hasSize(2);
    }

    @Test
    void anEmptyCopyIsRebuiltFromTargetingPageByPageAndALaterRevisionItHoldsWins() throws InterruptedException {
        List<TargetApproved> all = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            all.add(approval(UUID.randomUUID(), i % 3 == 0 ? 1 : 0, "/650000/650100/650121/D01/U" + (i % 40) + "/", 1 + i % 7));
        }
        targeting.inForce.addAll(all);
        projection.rebuildIfEmpty();
        ProjectionStatus done = awaitRebuild();
        assertThat(done.rebuildFailure()).isNull();
        assertThat(done.rebuildRead()).isEqualTo(2_345);
        assertThat(done.rebuildChanged()).isEqualTo(2_345);
        assertThat(done.targets()).isEqualTo(2_345);
        assertThat(done.indicators()).isEqualTo(all.stream().mapToLong(a -> a.indicators().size()).sum());

        // the copy is no longer empty: nothing to do; a rebuild on demand changes only what is behind
        projection.rebuildIfEmpty();
        assertThat(projection.status().rebuildStartedAt()).isEqualTo(done.rebuildStartedAt());
        TargetApproved newer = approval(all.get(0).header().aggregateId(), 5, all.get(0).header().unitPath(), 2);
        publish(newer);
        projection.rebuild();
        ProjectionStatus again = awaitRebuild();
        assertThat(again.rebuildRead()).isEqualTo(2_345);
        assertThat(again.rebuildChanged()).isZero();
        assertThat(revision(newer.header().aggregateId())).isEqualTo(5);
    }

    ProjectionStatus awaitRebuild() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        ProjectionStatus status = projection.status();
        while ((status.rebuilding() || status.rebuildFinishedAt() == null) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            status = projection.status();
        }
        assertThat(status.rebuilding()).as("rebuild finished within 30 s").isFalse();
        return status;
    }
}

package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jixiao.JixiaoApplication;
import org.jixiao.monitoring.port.out.ApprovedTargets;
import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.targeting.events.BudgetCategory;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetApproved;
import org.jixiao.targeting.events.TargetApproved.ApprovedIndicator;
import org.jixiao.targeting.events.TargetKind;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An approval published while monitoring's copy cannot be written (the service dies before the listener
 * succeeds) is delivered again when the service starts again, and lands in the copy exactly once.
 */
class TargetProjectionRestartTests {

    /** The copy failing every write, as if the service crashed before monitoring's listener ran. */
    @Configuration(proxyBeanMethods = false)
    static class BrokenCopy {

        @Bean
        @Primary
        ApprovedTargets brokenApprovedTargets() {
            return new ApprovedTargets() {
                @Override
                public int keep(List<TargetApproved> approvals) {
                    throw new IllegalStateException("monitoring's schema is unreachable");
                }

                @Override
                public boolean isEmpty() {
                    return false; // no rebuild at start-up: the redelivery alone must bring the approval
                }

                @Override
                public long targets() {
                    return 0;
                }

                @Override
                public long indicators() {
                    return 0;
                }
            };
        }
    }

    @Test
    void anApprovalTheListenerFailedOnIsKeptOnceAfterARestart() {
        UUID target = UUID.randomUUID();
        List<ApprovedIndicator> indicators = List.of(
                new ApprovedIndicator(UUID.randomUUID(), Level1.OUTPUT, Level2.QUANTITY, "维修面积", Operator.GE, "4200",
                        "平方米", BigDecimal.valueOf(60)),
                new ApprovedIndicator(UUID.randomUUID(), Level1.BENEFIT, Level2.SOCIAL, "受益人数", Operator.GE, "1500",
                        "人", BigDecimal.valueOf(40)));
        TargetApproved approval = new TargetApproved(new EventHeader(UUID.randomUUID(), Instant.now(), 2049, "650121",
                "TU-RESTART", "/650000/650100/650121/TU-RESTART/", target, 4), 0, null, TargetKind.PROJECT, null,
                "MR-P1", "重启测试项目", BudgetCategory.GENERAL_PUBLIC, FundSource.ANNUAL_BUDGET,
                new BigDecimal("800000.00"), indicators);

        try (ConfigurableApplicationContext first = start(BrokenCopy.class)) {
            new TransactionTemplate(first.getBean(PlatformTransactionManager.class))
                    .executeWithoutResult(status -> first.publishEvent(approval));
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(publication(jdbc, target, "completion_attempts")).isEqualTo("1"));
            assertThat(publication(jdbc, target, "completion_date")).isNull();
            assertThat(copied(jdbc, target)).isZero();
        }

        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(publication(jdbc, target, "completion_date")).isNotNull());
            assertThat(copied(jdbc, target)).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM monitoring.target_indicator WHERE target_id = ?").param(target)
                    .query(Integer.class).single()).isEqualTo(2);
        }
    }

    private static int copied(JdbcClient jdbc, UUID target) {
        return jdbc.sql("SELECT count(*) FROM monitoring.target_in_force WHERE target_id = ?").param(target)
                .query(Integer.class).single();
    }

    private static String publication(JdbcClient jdbc, UUID target, String column) {
        return jdbc.sql("SELECT " + column + "::text FROM platform.event_publication "
                        + "WHERE serialized_event LIKE ? AND listener_id LIKE '%monitoring%'")
                .param("%" + target + "%").query(String.class).optional().orElse(null);
    }

    private static ConfigurableApplicationContext start(Class<?>... extra) {
        Class<?>[] sources = new Class<?>[extra.length + 1];
        sources[0] = JixiaoApplication.class;
        System.arraycopy(extra, 0, sources, 1, extra.length);
        return new SpringApplicationBuilder(sources).properties("server.port=0").run();
    }
}

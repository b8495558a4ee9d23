package org.jixiao.evaluation.module;

import static jixiao.testsupport.TestOrgDirectory.caller;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import jixiao.testsupport.TestCallers;
import jixiao.testsupport.TestOrgDirectory;
import jixiao.testsupport.TestRuleStore;
import org.jixiao.evaluation.domain.AchievementBand;
import org.jixiao.evaluation.domain.BlockPoints;
import org.jixiao.evaluation.domain.EvaluationRules;
import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.port.in.FileSelfEvaluationCommand;
import org.jixiao.evaluation.port.in.RescoreStatus;
import org.jixiao.evaluation.port.in.RescoreUseCase;
import org.jixiao.evaluation.port.in.RescoreView;
import org.jixiao.evaluation.port.in.SelfEvaluationUseCase;
import org.jixiao.evaluation.port.in.SelfEvaluationView;
import org.jixiao.evaluation.port.out.ApprovedTargets;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.OrgUnitRef;
import org.jixiao.sharedkernel.access.Role;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rescore of a region pages through its self-evaluations (more than a page of them), stores exactly what filing
 * each one again would give under the rules now in force, publishes the changed effective results once each, and a
 * job the service did not finish carries on from where its last page ended.
 */
@SpringJUnitConfig(EvaluationTestConfiguration.class)
class RescoreTests {

    static final int EVALUATIONS = 1_100;
    static final int YEAR = 2019;

    @Autowired
    TestOrgDirectory directory;
    @Autowired
    TestCallers callers;
    @Autowired
    TestRuleStore rules;
    @Autowired
    ApprovedTargets copy;
    @Autowired
    SelfEvaluationUseCase evaluations;
    @Autowired
    RescoreUseCase rescores;
    @Autowired
    EvaluationTestConfiguration.Completions completions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    /** Output ≥ 100 (30) and ≤ 50 (20), benefit ≥ 0 (10) and qualitative (10), satisfaction ≥ 90 (10). */
    static TargetApproved approval(OrgUnitRef unit, int n) {
        UUID target = UUID.nameUUIDFromBytes(("rescore-" + n).getBytes());
        List<ApprovedIndicator> indicators = List.of(
                indicator(target, 0, Level1.OUTPUT, Level2.QUANTITY, Operator.GE, "100", 30),
                indicator(target, 1, Level1.OUTPUT, Level2.TIMELINESS, Operator.LE, "50", 20),
                indicator(target, 2, Level1.BENEFIT, Level2.SOCIAL, Operator.GE, "0", 10),
                indicator(target, 3, Level1.BENEFIT, Level2.SUSTAINABILITY, Operator.QUALITATIVE, "建立", 10),
                indicator(target, 4, Level1.SATISFACTION, Level2.SERVICE_RECIPIENT, Operator.GE, "90", 10));
        return new TargetApproved(new EventHeader(UUID.randomUUID(), Instant.parse("2019-03-01T02:00:00Z"), YEAR,
                unit.region().value(), unit.code().value(), unit.path().toString(), target, 3), 0, null,
                TargetKind.PROJECT, "RS-D", "RS-" + n, "测试项目" + n, BudgetCategory.GENERAL_PUBLIC,
                FundSource.ANNUAL_BUDGET, new BigDecimal("1000000.00"), indicators);
    }

    static ApprovedIndicator indicator(UUID target, int k, Level1 level1, Level2 level2, Operator operator,
            String value, int weight) {
        return new ApprovedIndicator(UUID.nameUUIDFromBytes((target + "/" + k).getBytes()), level1, level2,
                "指标" + k, operator, value, null, BigDecimal.valueOf(weight));
    }

    static FileSelfEvaluationCommand filing(TargetApproved target, Random random) {
        List<ApprovedIndicator> i = target.indicators();
        AchievementBand band = AchievementBand.values()[random.nextInt(3)];
        BigDecimal percent = band.lowest().add(BigDecimal.valueOf(random.nextInt(1000), 2).min(
                band.highest().subtract(band.lowest())));
        return new FileSelfEvaluationCommand(target.header().aggregateId(), new BigDecimal("1000000.00"),
                BigDecimal.valueOf(random.nextInt(120_000_000), 2), List.of(
                new FileSelfEvaluationCommand.Line(i.get(0).id(), Integer.toString(random.nextInt(130)), null, null, null),
                new FileSelfEvaluationCommand.Line(i.get(1).id(), Integer.toString(random.nextInt(120)), null, null, null),
                new FileSelfEvaluationCommand.Line(i.get(2).id(), Integer.toString(random.nextInt(3)), null, null, null),
                new FileSelfEvaluationCommand.Line(i.get(3).id(), "已建立", band, percent, null),
                new FileSelfEvaluationCommand.Line(i.get(4).id(), Integer.toString(80 + random.nextInt(20)), null, null,
                        null)));
    }

    /** The test's many one-by-one calls on one connection (the test data source opens one per transaction). */
    void inOneTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    RescoreView awaitDone(UUID job, Caller finance) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        RescoreView view = callers.runAs(finance, () -> rescores.get(job));
        while (view.status() == RescoreStatus.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(50);
            view = callers.runAs(finance, () -> rescores.get(job));
        }
        assertThat(view.status()).as("done within 60 s: " + view.failure()).isEqualTo(RescoreStatus.DONE);
        return view;
    }

    @Test
    void aRescoreStoresWhatFilingAgainWouldAndPublishesEachChangedResultOnce() throws InterruptedException {
        OrgUnitRef xinjiang = directory.region("650000", "新疆维吾尔自治区", null);
        OrgUnitRef county = directory.region("659301", "重算县", xinjiang);
        OrgUnitRef department = directory.department("RS-D", "测试局", county);
        List<OrgUnitRef> units = new ArrayList<>();
        for (int u = 0; u < 7; u++) {
            units.add(directory.unit("RS-U" + u, "测试单位" + u, department));
        }
        List<TargetApproved> targets = new ArrayList<>();
        for (int n = 0; n < EVALUATIONS; n++) {
            targets.add(approval(units.get(n % units.size()), n));
        }
        new TransactionTemplate(transactions).executeWithoutResult(status -> copy.keep(targets));
        Random random = new Random(2019);
        Map<UUID, FileSelfEvaluationCommand> filed = new HashMap<>();
        Map<UUID, SelfEvaluationView> before = new HashMap<>();
        inOneTransaction(() -> {
            for (int n = 0; n < EVALUATIONS; n++) {
                TargetApproved target = targets.get(n);
                Caller unit = caller("rs-unit", Role.UNIT, units.get(n % units.size()));
                FileSelfEvaluationCommand command = filing(target, random);
                filed.put(command.targetId(), command);
                SelfEvaluationView view = callers.runAs(unit, () -> evaluations.file(command, null));
                if (n % 2 == 0) {
                    view = callers.runAs(unit, () -> evaluations.submit(command.targetId(), null));
                }
                before.put(command.targetId(), view);
            }
        });

        // finance changes the rules: execution 20, output 40; 优 from 95, 良 from 85
        RegionCode region = RegionCode.of("659301");
        rules.set(EvaluationRules.BLOCK_POINTS, region, FiscalYear.of(YEAR), BlockPoints.ofNames(Map.of("EXECUTION",
                BigDecimal.valueOf(20), "OUTPUT", BigDecimal.valueOf(40), "BENEFIT", BigDecimal.valueOf(30),
                "SATISFACTION", BigDecimal.TEN)));
        rules.set(EvaluationRules.GRADE_BANDS, region, FiscalYear.of(YEAR),
                new GradeBands(BigDecimal.valueOf(95), BigDecimal.valueOf(85), BigDecimal.valueOf(60)));
        Caller finance = caller("rs-finance", Role.FINANCE, county);
        completions.published.clear();
        RescoreView started = callers.runAs(finance, () -> rescores.start(YEAR, "659301"));
        assertThat(started.evaluations()).isEqualTo(EVALUATIONS);
        assertThat(callers.runAs(finance, () -> rescores.start(YEAR, "659301")).id())
                .as("one running rescore per region and year").isEqualTo(started.id());
        RescoreView done = awaitDone(started.id(), finance);
        assertThat(done.read()).isEqualTo(EVALUATIONS);
        assertThat(done.rescored()).isEqualTo(EVALUATIONS);

        // every draft filed again, the one-by-one path, scores exactly what the rescore stored
        Map<UUID, SelfEvaluationView> after = new HashMap<>();
        inOneTransaction(() -> {
            for (UUID id : filed.keySet()) {
                after.put(id, callers.runAs(finance, () -> evaluations.get(id)));
            }
            for (int n = 1; n < EVALUATIONS; n += 2) {
                FileSelfEvaluationCommand command = filed.get(targets.get(n).header().aggregateId());
                Caller unit = caller("rs-unit", Role.UNIT, units.get(n % units.size()));
                SelfEvaluationView again = callers.runAs(unit, () -> evaluations.file(command, null));
                SelfEvaluationView rescored = after.get(command.targetId());
                assertThat(again.score()).isEqualTo(rescored.score());
                assertThat(again.grade()).isEqualTo(rescored.grade());
                assertThat(again.breakdown()).isEqualTo(rescored.breakdown());
                assertThat(again.ruleVersion()).isEqualTo(rescored.ruleVersion()).isPositive();
            }
        });

        // the submitted ones whose effective result changed, each published once with its new result
        Map<UUID, String> changed = new HashMap<>();
        before.forEach((id, was) -> {
            SelfEvaluationView now = after.get(id);
            if (was.effectiveScore() != null && (was.effectiveScore().compareTo(now.effectiveScore()) != 0
                    || was.effectiveGrade() != now.effectiveGrade())) {
                changed.put(id, now.effectiveScore() + " " + now.effectiveGrade());
            }
        });
        assertThat(changed).hasSizeGreaterThan(EVALUATIONS / 4);
        assertThat(done.changed()).isEqualTo(changed.size());
        assertThat(completions.published.stream().collect(Collectors.toMap(EvaluationCompleted::targetId,
                e -> e.effectiveScore() + " " + e.grade()))).isEqualTo(changed);

        // a job the service did not finish carries on after its last committed page
        rules.set(EvaluationRules.GRADE_BANDS, region, FiscalYear.of(YEAR),
                new GradeBands(BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(60)));
        Map<String, Object> position = jdbc.sql("""
                        SELECT unit_path, target_id FROM evaluation.self_evaluation WHERE fiscal_year = ?
                          AND unit_path LIKE '/650000/659301/%' ORDER BY unit_path, target_id OFFSET 999 LIMIT 1""")
                .param(YEAR).query().singleRow();
        UUID unfinished = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO evaluation.rescore_job (id, fiscal_year, region_code, region_path, status,
                            requested_by, started_at, evaluations, read, after_path, after_target)
                        VALUES (?, ?, '659301', '/650000/659301/', 'RUNNING', 'rs-finance', now(), ?, 1000, ?, ?)""")
                .params(unfinished, YEAR, EVALUATIONS, position.get("unit_path"), position.get("target_id")).update();
        rescores.resumeUnfinished();
        RescoreView resumed = awaitDone(unfinished, finance);
        assertThat(resumed.read()).isEqualTo(EVALUATIONS);
        assertThat(resumed.rescored()).as("only the last page: the rest was the crashed job's").isEqualTo(100);
    }
}

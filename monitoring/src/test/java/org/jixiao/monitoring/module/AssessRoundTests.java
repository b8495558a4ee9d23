package org.jixiao.monitoring.module;

import static jixiao.testsupport.TestOrgDirectory.caller;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import jixiao.testsupport.TestCallers;
import jixiao.testsupport.TestOrgDirectory;
import org.jixiao.monitoring.domain.Achievement;
import org.jixiao.monitoring.domain.IndicatorProgress;
import org.jixiao.monitoring.domain.LightBands;
import org.jixiao.monitoring.domain.Likelihood;
import org.jixiao.monitoring.domain.MonitoringReport;
import org.jixiao.monitoring.domain.ReportId;
import org.jixiao.monitoring.domain.ReportIndicator;
import org.jixiao.monitoring.domain.ReportResult;
import org.jixiao.monitoring.domain.ReportRules;
import org.jixiao.monitoring.domain.Reports;
import org.jixiao.monitoring.domain.RoundId;
import org.jixiao.monitoring.domain.RoundScope;
import org.jixiao.monitoring.events.WarningReason;
import org.jixiao.monitoring.port.in.AssessRoundUseCase;
import org.jixiao.monitoring.port.in.FileReportCommand;
import org.jixiao.monitoring.port.in.FileReportUseCase;
import org.jixiao.monitoring.port.in.OpenRoundCommand;
import org.jixiao.monitoring.port.in.RoundUseCase;
import org.jixiao.monitoring.port.in.RoundView;
import org.jixiao.monitoring.port.in.TargetProjectionUseCase;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.TimeProgress;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The set-based assessment of a round (SQL over the round's rows) gives, for every report, exactly what
 * {@link ReportRules} gives for it one by one: a round of a few hundred reports whose values sit on and beside every
 * boundary of the lights, over every operator, zero budgets and all-zero weights, some reports left unfiled.
 */
@SpringJUnitConfig(MonitoringTestConfiguration.class)
class AssessRoundTests {

    static final int[] PACES = {0, 5999, 6000, 7999, 8000, 10000, 11999, 12000, 15000, 20000}; // hundredths of %
    static final String[] TARGETS = {"100", "1200", "95", "12000", "7", "0", "3"};
    static final Operator[] OPERATORS = {Operator.GE, Operator.GT, Operator.EQ, Operator.LE, Operator.LT,
            Operator.QUALITATIVE};

    @Autowired
    TestOrgDirectory directory;
    @Autowired
    TestCallers callers;
    @Autowired
    TargetProjectionUseCase projection;
    @Autowired
    RoundUseCase rounds;
    @Autowired
    FileReportUseCase filings;
    @Autowired
    AssessRoundUseCase assessments;
    @Autowired
    Reports reports;
    @Autowired
    PlatformTransactionManager transactions;

    @ParameterizedTest(name = "cut-off month {0}")
    @ValueSource(ints = {5, 9, 12})
    void theSetBasedAssessmentAgreesWithTheRulesReportByReport(int month) {
        int year = 2040 + month;
        OrgUnitRef xinjiang = directory.region("650000", "新疆维吾尔自治区", null);
        OrgUnitRef county = directory.region("659" + (100 + month), "测试县" + month, xinjiang);
        OrgUnitRef unit = directory.unit("AR-U" + month, "测试单位", county);
        Caller finance = caller("ar-fin" + month, Role.FINANCE, county);
        Caller school = caller("ar-unit" + month, Role.UNIT, unit);
        Random random = new Random(20_201_000L + month);
        List<TargetApproved> approved = new ArrayList<>();
        for (int t = 0; t < 120; t++) {
            approved.add(approval(unit, year, random));
        }
        approved.forEach(projection::keep);
        RoundView round = callers.runAs(finance, () -> rounds.open(new OpenRoundCommand(year, county.code().value(),
                month, RoundScope.PROJECT, LocalDate.of(year, 12, 31))));
        assertThat(round.reports()).isEqualTo(120);
        for (TargetApproved target : approved) {
            if (random.nextInt(10) == 0) {
                continue; // not filed: NOT_FILED
            }
            callers.runAs(school, () -> filings.file(filing(round.id(), target, month, random), null));
        }

        callers.runAs(finance, () -> assessments.assess(round.id()));
        ReportRules rules = new ReportRules(TimeProgress.atEndOf(month), LightBands.NATIONAL_DEFAULT,
                BigDecimal.valueOf(20));
        int warnings = 0;
        for (TargetApproved target : approved) {
            MonitoringReport report = reports.find(new ReportId(new RoundId(round.id()),
                    target.header().aggregateId())).orElseThrow();
            ReportResult expected = expected(report, rules);
            assertThat(report.result()).as("report of target %s", target.header().aggregateId())
                    .usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(expected);
            warnings += expected.warning() ? 1 : 0;
        }
        assertThat(warnings).as("the round has warnings to compare").isGreaterThan(10);
        assertThat(callers.runAs(finance, () -> rounds.get(round.id())).assessedAt()).isNotNull();
    }

    @Test
    void anAssessmentWaitsForAFilingUnderWayAndAssessesWhatItFiled() throws Exception {
        OrgUnitRef xinjiang = directory.region("650000", "新疆维吾尔自治区", null);
        OrgUnitRef county = directory.region("659200", "并发测试县", xinjiang);
        OrgUnitRef unit = directory.unit("AR-LOCK", "并发测试单位", county);
        Caller finance = caller("ar-lock-fin", Role.FINANCE, county);
        Caller school = caller("ar-lock-unit", Role.UNIT, unit);
        Random random = new Random(7);
        TargetApproved target = approval(unit, 2070, random);
        projection.keep(target);
        RoundView round = callers.runAs(finance, () -> rounds.open(new OpenRoundCommand(2070, county.code().value(),
                9, RoundScope.PROJECT, LocalDate.of(2070, 12, 31))));
        FileReportCommand command = filing(round.id(), target, 9, random);
        CountDownLatch filed = new CountDownLatch(1);
        Thread unitFiling = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            callers.runAs(school, () -> filings.file(command, null));
            filed.countDown();
            sleep(400); // the filing's transaction is still open when finance assesses
        }));
        unitFiling.start();
        filed.await();
        callers.runAs(finance, () -> assessments.assess(round.id()));
        unitFiling.join();
        ReportResult result = reports.find(new ReportId(new RoundId(round.id()), target.header().aggregateId()))
                .orElseThrow().result();
        assertThat(result).as("assessed once the filing committed, not before it").isNotNull();
        assertThat(result.reasons()).doesNotContain(WarningReason.NOT_FILED);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the rules say for the report as filed, one by one. */
    static ReportResult expected(MonitoringReport report, ReportRules rules) {
        if (report.filing() == null) {
            return rules.notFiled();
        }
        List<IndicatorProgress> progress = new ArrayList<>();
        for (ReportIndicator i : report.indicators()) {
            progress.add(i.operator().isQuantitative()
                    ? IndicatorProgress.quantitative(i.operator(), new BigDecimal(i.targetValue()), i.weight(),
                            i.filing().actualToDate())
                    : IndicatorProgress.qualitative(i.weight(), i.filing().achievement()));
        }
        return rules.assess(report.filing().budget(), report.filing().executed(), progress);
    }

    static TargetApproved approval(OrgUnitRef unit, int year, Random random) {
        UUID id = UUID.randomUUID();
        boolean zeroWeights = random.nextInt(8) == 0;
        List<ApprovedIndicator> indicators = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
            Operator operator = OPERATORS[random.nextInt(OPERATORS.length)];
            String value = operator == Operator.QUALITATIVE ? "按期完成" : TARGETS[random.nextInt(TARGETS.length)];
            indicators.add(new ApprovedIndicator(UUID.randomUUID(), Level1.OUTPUT, Level2.QUANTITY, "指标" + i, operator,
                    value, "项", zeroWeights ? BigDecimal.ZERO : BigDecimal.valueOf(5 + random.nextInt(40))));
        }
        return new TargetApproved(new EventHeader(UUID.randomUUID(), Instant.now(), year, unit.region().value(),
                unit.code().value(), unit.path().toString(), id, 4), 0, null, TargetKind.PROJECT, null,
                "AR-" + id.toString().substring(0, 8), "项目", BudgetCategory.GENERAL_PUBLIC, FundSource.ANNUAL_BUDGET,
                new BigDecimal("1000000.00"), indicators);
    }

    /** A value at a pace on or beside a band: whole × month × pace ÷ 1200, to the decimals allowed. */
    static BigDecimal paced(BigDecimal whole, int month, Random random, int scale) {
        if (random.nextInt(6) == 0) {
            return whole.multiply(BigDecimal.valueOf(random.nextInt(300))).divide(BigDecimal.valueOf(100), scale,
                    RoundingMode.DOWN);
        }
        BigDecimal pace = BigDecimal.valueOf(PACES[random.nextInt(PACES.length)], 2);
        return whole.multiply(BigDecimal.valueOf(month)).multiply(pace).divide(BigDecimal.valueOf(1200), scale,
                RoundingMode.HALF_UP);
    }

    static FileReportCommand filing(UUID round, TargetApproved target, int month, Random random) {
        BigDecimal budget = switch (random.nextInt(5)) {
            case 0 -> BigDecimal.ZERO.setScale(2);
            case 1 -> new BigDecimal("12000.00");
            default -> new BigDecimal(1 + random.nextInt(5_000_000)).movePointLeft(2).add(new BigDecimal("1000.00"));
        };
        BigDecimal executed = budget.signum() == 0 ? new BigDecimal(random.nextInt(3)).setScale(2)
                : paced(budget, month, random, 2);
        List<FileReportCommand.Line> lines = new ArrayList<>();
        for (ApprovedIndicator i : target.indicators()) {
            if (i.operator() == Operator.QUALITATIVE) {
                lines.add(new FileReportCommand.Line(i.id(), null, Achievement.values()[random.nextInt(3)], null,
                        Likelihood.POSSIBLE, "说明"));
            } else {
                BigDecimal annual = new BigDecimal(i.targetValue());
                BigDecimal actual = annual.signum() == 0 ? BigDecimal.valueOf(random.nextInt(2))
                        : paced(annual, month, random, 6);
                lines.add(new FileReportCommand.Line(i.id(), actual.toPlainString(), null, null, Likelihood.CERTAIN,
                        "说明"));
            }
        }
        return new FileReportCommand(round, target.header().aggregateId(), budget, executed, "执行说明", lines, null);
    }
}

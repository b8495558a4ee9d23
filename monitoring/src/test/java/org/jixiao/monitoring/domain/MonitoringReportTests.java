package org.jixiao.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jixiao.monitoring.events.MonitoringReviewed;
import org.jixiao.monitoring.events.ReviewAction;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.TimeProgress;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetKind;
import org.junit.jupiter.api.Test;

/** What a unit must send for its report to be filed, when it is late, and what finance's review takes. */
class MonitoringReportTests {

    static final UUID AREA = UUID.randomUUID();
    static final UUID DONE = UUID.randomUUID();
    static final ReportRules SEPTEMBER = new ReportRules(TimeProgress.atEndOf(9), LightBands.NATIONAL_DEFAULT,
            BigDecimal.valueOf(20));
    static final LocalDate DUE = LocalDate.of(2020, 10, 20);
    /** The last minute of the due date in Asia/Shanghai, and the first of the next day. */
    static final Instant LAST_MINUTE = Instant.parse("2020-10-20T15:59:00Z");
    static final Instant NEXT_DAY = Instant.parse("2020-10-20T16:00:00Z");

    static MonitoringReport report() {
        return MonitoringReport.rebuild(new MonitoringReport.Snapshot(new ReportId(RoundId.create(), UUID.randomUUID()),
                TargetKind.PROJECT, RegionCode.of("650121"), "U01", OrgPath.parse("/650000/650100/650121/D01/U01/"), "D01", "P-1", "校舍维修",
                FundSource.ANNUAL_BUDGET, Money.of("2000000.00"), List.of(
                new ReportIndicator(AREA, Level1.OUTPUT, Level2.QUANTITY, "维修面积", Operator.GE, "100", "平方米",
                        BigDecimal.valueOf(60), null, null),
                new ReportIndicator(DONE, Level1.OUTPUT, Level2.TIMELINESS, "完工时间", Operator.QUALITATIVE, "8月底前",
                        null, BigDecimal.valueOf(40), null, null)), null, null, null, null, 0));
    }

    static MonitoringReport.Line area(String actual, Likelihood likelihood, String reason) {
        return new MonitoringReport.Line(AREA, new BigDecimal(actual), null, "100", likelihood, reason);
    }

    static MonitoringReport.Line done(Achievement achievement) {
        return new MonitoringReport.Line(DONE, null, achievement, null, Likelihood.CERTAIN, null);
    }

    static List<String> refused(Runnable filing) {
        try {
            filing.run();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(v -> v.field() + " " + v.code()).toList();
        }
        throw new AssertionError("the report was filed");
    }

    @Test
    void aCompleteReportIsFiledAndOnTimeUntilTheLastMinuteOfItsDueDateInShanghai() {
        MonitoringReport report = report();
        report.file(Money.of("2000000.00"), Money.of("800000.00"), null,
                List.of(area("70", Likelihood.CERTAIN, null), done(Achievement.PARTLY_ACHIEVED)), "加快进度", SEPTEMBER,
                DUE, "unit-school1", LAST_MINUTE);
        assertThat(report.filing()).isNotNull();
        assertThat(report.filing().late()).isFalse();
        assertThat(report.indicators()).extracting(i -> i.filing() == null ? null : i.filing().likelihood())
                .containsExactly(Likelihood.CERTAIN, Likelihood.CERTAIN);

        report.file(Money.of("2000000.00"), Money.of("900000.00"), null,
                List.of(done(Achievement.ACHIEVED), area("75", Likelihood.CERTAIN, null)), null, SEPTEMBER, DUE,
                "unit-school1", NEXT_DAY);
        assertThat(report.filing().late()).as("a correction after the due date is late").isTrue();
        assertThat(report.filing().executed()).isEqualTo(Money.of("900000.00"));
        assertThat(report.indicators().get(0).filing().actualToDate()).isEqualByComparingTo("75");
    }

    @Test
    void everyIndicatorOfTheSnapshotExactlyOnce() {
        assertThat(refused(() -> report().file(Money.of("100.00"), Money.of("10.00"), null,
                List.of(area("70", Likelihood.CERTAIN, null)), null, SEPTEMBER, DUE, "u", LAST_MINUTE)))
                .containsExactly("indicators report.indicatorMissing");
        assertThat(refused(() -> report().file(Money.of("100.00"), Money.of("10.00"), null,
                List.of(area("70", Likelihood.CERTAIN, null), area("71", Likelihood.CERTAIN, null),
                        done(Achievement.ACHIEVED), new MonitoringReport.Line(UUID.randomUUID(), BigDecimal.ONE, null,
                                null, Likelihood.CERTAIN, null)), null, SEPTEMBER, DUE, "u", LAST_MINUTE)))
                .containsExactly("indicators[1].indicatorId report.indicatorTwice",
                        "indicators[3].indicatorId report.unknownIndicator");
    }

    @Test
    void aValueToDateForQuantitativeIndicatorsAnAchievementForQualitativeOnesAndALikelihoodForEach() {
        assertThat(refused(() -> report().file(Money.of("100.00"), Money.of("10.00"), null, List.of(
                new MonitoringReport.Line(AREA, null, Achievement.ACHIEVED, null, Likelihood.CERTAIN, null),
                new MonitoringReport.Line(DONE, BigDecimal.ONE, null, null, null, null)), null, SEPTEMBER, DUE, "u",
                LAST_MINUTE))).containsExactly("indicators[0].actualToDate indicator.actualRequired",
                "indicators[1].achievement indicator.achievementRequired");
        assertThat(refused(() -> report().file(Money.of("100.00"), Money.of("10.00"), null, List.of(
                area("70", Likelihood.CERTAIN, null),
                new MonitoringReport.Line(DONE, null, Achievement.ACHIEVED, null, null, null)), null, SEPTEMBER, DUE,
                "u", LAST_MINUTE))).containsExactly("indicators[1].likelihood report.likelihoodRequired");
    }

    @Test
    void overExecutionNeedsANote() {
        assertThat(refused(() -> report().file(Money.of("100.00"), Money.of("100.01"), " ",
                List.of(area("70", Likelihood.CERTAIN, null), done(Achievement.ACHIEVED)), null, SEPTEMBER, DUE, "u",
                LAST_MINUTE))).containsExactly("executionNote report.executionNoteRequired");
        MonitoringReport report = report();
        report.file(Money.of("100.00"), Money.of("100.00"), null,
                List.of(area("70", Likelihood.CERTAIN, null), done(Achievement.ACHIEVED)), null, SEPTEMBER, DUE, "u",
                LAST_MINUTE);
        assertThat(report.filing()).as("executed equal to the budget needs none").isNotNull();
    }

    @Test
    void aBlueOrImpossibleIndicatorNeedsADeviationReason() {
        // September: 90 of an annual 100 is 120% of the pace, blue; 89.99 is green
        assertThat(refused(() -> report().file(Money.of("100.00"), Money.of("10.00"), null,
                List.of(area("90", Likelihood.CERTAIN, null), done(Achievement.ACHIEVED)), null, SEPTEMBER, DUE, "u",
                LAST_MINUTE))).containsExactly("indicators[0].deviationReason report.deviationReasonForBlue");
        assertThat(refused(() -> report().file(Money.of("100.00"), Money.of("10.00"), null,
                List.of(area("10", Likelihood.IMPOSSIBLE, ""), done(Achievement.ACHIEVED)), null, SEPTEMBER, DUE, "u",
                LAST_MINUTE))).containsExactly("indicators[0].deviationReason report.deviationReasonForImpossible");
        MonitoringReport report = report();
        report.file(Money.of("100.00"), Money.of("10.00"), null,
                List.of(area("89.99", Likelihood.CERTAIN, null), done(Achievement.ACHIEVED)), null, SEPTEMBER, DUE,
                "u", LAST_MINUTE);
        report.file(Money.of("100.00"), Money.of("10.00"), null,
                List.of(area("90", Likelihood.CERTAIN, "提前完工"), done(Achievement.ACHIEVED)), null, SEPTEMBER, DUE,
                "u", LAST_MINUTE);
        assertThat(report.indicators().get(0).filing().deviationReason()).isEqualTo("提前完工");
    }

    @Test
    void nothingIsWrittenWhenTheBodyBreaksARule() {
        MonitoringReport report = report();
        assertThatThrownBy(() -> report.file(Money.of("100.00"), Money.of("10.00"), null,
                List.of(area("70", Likelihood.CERTAIN, null)), null, SEPTEMBER, DUE, "u", LAST_MINUTE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(report.filing()).isNull();
        assertThat(report.indicators()).allMatch(i -> i.filing() == null);
    }

    static final MonitoringRound ROUND = MonitoringRound.open(FiscalYear.of(2020), RegionCode.of("650121"),
            OrgPath.parse("/650000/650100/650121/"), TimeProgress.atEndOf(9), RoundScope.PROJECT, DUE, "finance",
            LAST_MINUTE);

    static MonitoringReport filed() {
        MonitoringReport report = report();
        report.file(Money.of("2000000.00"), Money.of("800000.00"), null,
                List.of(area("70", Likelihood.CERTAIN, null), done(Achievement.ACHIEVED)), null, SEPTEMBER, DUE,
                "unit-school1", LAST_MINUTE);
        return report;
    }

    static String refusedReview(BigDecimal score, ReviewAction action, String amount) {
        try {
            filed().review(ROUND, score, null, action, amount == null ? null : Money.of(amount), "f", NEXT_DAY);
        } catch (InvalidInputException e) {
            return e.violations().get(0).field() + " " + e.violations().get(0).code();
        }
        return "reviewed";
    }

    @Test
    void moneyMovesOnlyWithAnAmountOfAtMostTheReportedBudget() {
        assertThat(refusedReview(BigDecimal.TEN, ReviewAction.RECALL_FUNDS, "2000000.00")).isEqualTo("reviewed");
        assertThat(refusedReview(BigDecimal.TEN, ReviewAction.RECALL_FUNDS, "2000000.01"))
                .isEqualTo("amount review.amountAboveBudget");
        assertThat(refusedReview(BigDecimal.TEN, ReviewAction.ADJUST_BUDGET, null)).isEqualTo("amount review.amountRequired");
        assertThat(refusedReview(BigDecimal.TEN, ReviewAction.ADJUST_BUDGET, "0.00")).isEqualTo("reviewed");
        assertThat(refusedReview(BigDecimal.TEN, ReviewAction.SUSPEND_FUNDING, "1.00"))
                .isEqualTo("amount review.amountNotMoved");
        assertThat(refusedReview(BigDecimal.TEN, ReviewAction.NONE, null)).isEqualTo("reviewed");
    }

    @Test
    void aScoreFrom0To100() {
        assertThat(refusedReview(new BigDecimal("0.00"), ReviewAction.NONE, null)).isEqualTo("reviewed");
        assertThat(refusedReview(new BigDecimal("100.00"), ReviewAction.NONE, null)).isEqualTo("reviewed");
        assertThat(refusedReview(new BigDecimal("100.01"), ReviewAction.NONE, null)).isEqualTo("score review.scoreOutOfRange");
        assertThat(refusedReview(new BigDecimal("-0.01"), ReviewAction.NONE, null)).isEqualTo("score review.scoreOutOfRange");
    }

    @Test
    void onlyAFiledReportIsReviewedAndOnceReviewedItIsClosedToCorrections() {
        assertThatThrownBy(() -> report().review(ROUND, BigDecimal.TEN, null, ReviewAction.NONE, null, "f", NEXT_DAY))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("NOT_FILED");
        assertThatThrownBy(() -> report().addDepartmentOpinion("同意", "d", NEXT_DAY))
                .isInstanceOf(StateConflictException.class);
        MonitoringReport report = filed();
        report.addDepartmentOpinion("同意", "d", NEXT_DAY);
        assertThat(report.status()).as("an opinion is never a gate").isEqualTo(ReportStatus.FILED);
        MonitoringReviewed event = report.review(ROUND, new BigDecimal("57.85"), "滞后", ReviewAction.RECTIFY, null,
                "finance", NEXT_DAY);
        assertThat(report.status()).isEqualTo(ReportStatus.REVIEWED);
        assertThat(event.header().aggregateId()).isEqualTo(report.getId().uuid()).isEqualTo(event.reportId());
        assertThat(event.header().aggregateVersion()).isEqualTo(report.version() + 1);
        assertThat(event.header().unitPath()).isEqualTo("/650000/650100/650121/D01/U01/");
        assertThat(event.cutoffMonth()).isEqualTo(9);
        assertThat(event.warning()).as("not assessed").isNull();
        assertThatThrownBy(() -> report.file(Money.of("2000000.00"), Money.of("900000.00"), null,
                List.of(area("70", Likelihood.CERTAIN, null), done(Achievement.ACHIEVED)), null, SEPTEMBER, DUE, "u",
                NEXT_DAY)).isInstanceOf(StateConflictException.class).hasMessageContaining("REVIEWED");
        assertThat(report.filing().executed()).isEqualTo(Money.of("800000.00"));
    }
}

package org.jixiao.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jixiao.monitoring.events.Light;
import org.jixiao.monitoring.events.WarningReason;
import org.jixiao.sharedkernel.InvalidValueException;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.Rate;
import org.jixiao.sharedkernel.TimeProgress;
import org.jixiao.targeting.events.Operator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The light and warning rules of DOMAIN.md "Monitoring" at their boundaries, and its worked example. */
class ReportRulesTests {

    /** December: time progress 100%, so a pace is the plain ratio and the boundaries read directly. */
    static final ReportRules DECEMBER = rules(12);
    static final ReportRules SEPTEMBER = rules(9);

    static ReportRules rules(int month) {
        return new ReportRules(TimeProgress.atEndOf(month), LightBands.NATIONAL_DEFAULT, BigDecimal.valueOf(20));
    }

    static Money yuan(String amount) {
        return Money.of(amount);
    }

    static IndicatorProgress quantitative(Operator operator, String target, String weight, String actual) {
        return IndicatorProgress.quantitative(operator, new BigDecimal(target), new BigDecimal(weight),
                new BigDecimal(actual));
    }

    @ParameterizedTest(name = "executed {0} of 100.00 in December → {1}")
    @CsvSource({"59.99, RED", "60.00, YELLOW", "79.99, YELLOW", "80.00, GREEN", "100.00, GREEN",
            "150.00, GREEN"})
    void executionLightAtTheBands(String executed, Light light) {
        assertThat(DECEMBER.executionLight(yuan("100.00"), yuan(executed))).isEqualTo(light);
    }

    @Test
    void overExecutionIsARateAboveHundredButNeverBlue() {
        assertThat(DECEMBER.executionRate(yuan("100.00"), yuan("150.00"))).isEqualTo(Rate.of(new BigDecimal("150")));
        assertThat(rules(1).executionLight(yuan("1200.00"), yuan("1200.00"))).isEqualTo(Light.GREEN);
    }

    @Test
    void aZeroBudgetHasNoRateAndNoExecutionLight() {
        assertThat(DECEMBER.executionRate(Money.ZERO, Money.ZERO)).isNull();
        assertThat(DECEMBER.executionLight(Money.ZERO, yuan("10.00"))).isNull();
        ReportResult result = DECEMBER.assess(Money.ZERO, Money.ZERO,
                List.of(quantitative(Operator.GE, "100", "10", "0")));
        assertThat(result.gap()).isNull();
        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void thePaceIsRoundedBeforeTheBandsCompareIt() {
        // 59.995% of the pace rounds half-up to 60.00: yellow, not red
        assertThat(DECEMBER.executionLight(yuan("200000.00"), yuan("119990.00"))).isEqualTo(Light.YELLOW);
        assertThat(DECEMBER.executionLight(yuan("200000.00"), yuan("119989.99"))).isEqualTo(Light.RED);
    }

    @ParameterizedTest(name = "≥ 100, {0} by December → {1}")
    @CsvSource({"59.99, RED", "60, YELLOW", "79.99, YELLOW", "80, GREEN", "119.99, GREEN", "120, BLUE", "300, BLUE"})
    void positiveIndicatorLightAtTheBands(String actual, Light light) {
        assertThat(DECEMBER.indicatorLight(quantitative(Operator.GE, "100", "10", actual))).isEqualTo(light);
        assertThat(DECEMBER.indicatorLight(quantitative(Operator.GT, "100", "10", actual))).isEqualTo(light);
    }

    @Test
    void positiveIndicatorsArePaceProRatedByTimeProgress() {
        // May (41.67%): 25 of an annual 100 is 60.00% of the pace, yellow; 50 is 120%, blue
        assertThat(rules(5).indicatorLight(quantitative(Operator.GE, "100", "10", "25"))).isEqualTo(Light.YELLOW);
        assertThat(rules(5).indicatorLight(quantitative(Operator.GE, "100", "10", "50"))).isEqualTo(Light.BLUE);
        assertThat(rules(5).indicatorLight(quantitative(Operator.GE, "100", "10", "24.99"))).isEqualTo(Light.RED);
    }

    @Test
    void aPaceExactlyOnABoundaryRoundsHalfUpWhateverTheMonth() {
        // May: 2,999.75 of an annual 12,000 is exactly 59.995 % of the pace: half-up to 60.00, yellow. Through a
        // rounded 5 ÷ 12 the quotient can fall a hair short of it and round to 59.99, red.
        IndicatorProgress boundary = quantitative(Operator.GE, "12000", "10", "2999.75");
        assertThat(rules(5).indicatorLight(boundary)).isEqualTo(Light.YELLOW);
        assertThat(rules(5).executionLight(yuan("12000.00"), yuan("2999.75"))).isEqualTo(Light.YELLOW);
        assertThat(rules(5).indicatorLight(quantitative(Operator.GE, "12000", "10", "2999.74"))).isEqualTo(Light.RED);
    }

    @ParameterizedTest(name = "{0} {1}, {2} so far in January → {3}")
    @CsvSource({"LE, 1600, 1600, GREEN", "LE, 1600, 1600.01, RED", "LE, 1600, 10, GREEN", "LT, 5, 4.99, GREEN",
            "LT, 5, 5, RED"})
    void reverseIndicatorsAreGreenWithinTargetAndNotProRated(Operator operator, String target, String actual,
            Light light) {
        assertThat(rules(1).indicatorLight(quantitative(operator, target, "10", actual))).isEqualTo(light);
    }

    @Test
    void equalToZeroIsGreenOnlyAtOrBelowZero() {
        assertThat(SEPTEMBER.indicatorLight(quantitative(Operator.EQ, "0", "10", "0"))).isEqualTo(Light.GREEN);
        assertThat(SEPTEMBER.indicatorLight(quantitative(Operator.EQ, "0", "10", "0.01"))).isEqualTo(Light.RED);
        assertThat(SEPTEMBER.completion(quantitative(Operator.EQ, "0", "10", "0"))).isEqualByComparingTo("100");
        assertThat(SEPTEMBER.completion(quantitative(Operator.EQ, "0", "10", "1"))).isEqualByComparingTo("0");
    }

    @Test
    void aPositiveTargetOfZeroIsMetOnceTheComparisonHolds() {
        assertThat(SEPTEMBER.indicatorLight(quantitative(Operator.GE, "0", "10", "0"))).isEqualTo(Light.GREEN);
        assertThat(SEPTEMBER.indicatorLight(quantitative(Operator.GT, "0", "10", "0"))).isEqualTo(Light.RED);
        assertThat(SEPTEMBER.completion(quantitative(Operator.GT, "0", "10", "3"))).isEqualByComparingTo("100");
    }

    @ParameterizedTest(name = "qualitative {0} → {1}, {2}%")
    @CsvSource({"ACHIEVED, GREEN, 100", "PARTLY_ACHIEVED, YELLOW, 50", "NOT_ACHIEVED, RED, 0"})
    void qualitativeIndicators(Achievement achievement, Light light, String completion) {
        IndicatorProgress indicator = IndicatorProgress.qualitative(BigDecimal.TEN, achievement);
        assertThat(SEPTEMBER.indicatorLight(indicator)).isEqualTo(light);
        assertThat(SEPTEMBER.completion(indicator)).isEqualByComparingTo(completion);
    }

    @Test
    void completionIsCappedAtHundredAndReverseBeyondTargetIsTargetOverActual() {
        assertThat(SEPTEMBER.completion(quantitative(Operator.GE, "100", "10", "150"))).isEqualByComparingTo("100");
        assertThat(SEPTEMBER.completion(quantitative(Operator.GE, "100", "10", "70"))).isEqualByComparingTo("70");
        assertThat(SEPTEMBER.completion(quantitative(Operator.LE, "80", "10", "100"))).isEqualByComparingTo("80");
        assertThat(SEPTEMBER.completion(quantitative(Operator.LE, "80", "10", "80"))).isEqualByComparingTo("100");
        assertThat(SEPTEMBER.completion(quantitative(Operator.LT, "0", "10", "0"))).as("＜ 0 is never met")
                .isEqualByComparingTo("0");
    }

    @Test
    void theTargetCompletionRateWeighsByWeightAndEquallyWhenAllWeightsAreZero() {
        List<IndicatorProgress> weighted = List.of(quantitative(Operator.GE, "100", "30", "100"),
                quantitative(Operator.GE, "100", "10", "20"), quantitative(Operator.GE, "100", "0", "0"));
        assertThat(SEPTEMBER.targetCompletionRate(weighted)).isEqualTo(Rate.of(new BigDecimal("80")));
        List<IndicatorProgress> unweighted = List.of(quantitative(Operator.GE, "3", "0", "1"),
                quantitative(Operator.GE, "3", "0", "3"), IndicatorProgress.qualitative(BigDecimal.ZERO,
                        Achievement.NOT_ACHIEVED));
        // (33.333… + 100 + 0) ÷ 3 = 44.444… → 44.44, rounded once
        assertThat(SEPTEMBER.targetCompletionRate(unweighted)).isEqualTo(Rate.of(new BigDecimal("44.44")));
    }

    @Test
    void theTargetLightIsTheWorstIndicatorsInTheOrderRedYellowGreenBlue() {
        assertThat(Light.BLUE.worse(Light.GREEN)).isEqualTo(Light.GREEN);
        assertThat(Light.GREEN.worse(Light.YELLOW)).isEqualTo(Light.YELLOW);
        assertThat(Light.BLUE.worse(Light.RED)).isEqualTo(Light.RED);
        ReportResult result = DECEMBER.assess(yuan("100.00"), yuan("100.00"), List.of(
                quantitative(Operator.GE, "100", "10", "130"), quantitative(Operator.GE, "100", "10", "90")));
        assertThat(result.indicatorLights()).containsExactly(Light.BLUE, Light.GREEN);
        assertThat(result.targetLight()).isEqualTo(Light.GREEN);
    }

    @Test
    void theWorkedExampleOfDomainMd() {
        List<IndicatorProgress> indicators = List.of(quantitative(Operator.GE, "100", "60", "70"),
                quantitative(Operator.GE, "90", "40", "63"));
        ReportResult red = SEPTEMBER.assess(yuan("2000000.00"), yuan("800000.00"), indicators);
        assertThat(red.executionRate()).isEqualTo(Rate.of(new BigDecimal("40")));
        assertThat(red.timeProgress()).isEqualTo(Rate.of(new BigDecimal("75")));
        assertThat(red.executionLight()).isEqualTo(Light.RED);
        assertThat(red.indicatorLights()).containsExactly(Light.GREEN, Light.GREEN);
        assertThat(red.targetCompletionRate()).isEqualTo(Rate.of(new BigDecimal("70")));
        assertThat(red.gap()).isEqualByComparingTo("30");
        assertThat(red.reasons()).containsExactlyInAnyOrder(WarningReason.EXECUTION_ABNORMAL,
                WarningReason.GAP_EXCEEDED);

        ReportResult yellow = SEPTEMBER.assess(yuan("2000000.00"), yuan("1100000.00"), indicators);
        assertThat(yellow.executionRate()).isEqualTo(Rate.of(new BigDecimal("55")));
        assertThat(yellow.executionLight()).isEqualTo(Light.YELLOW);
        assertThat(yellow.gap()).isEqualByComparingTo("15");
        assertThat(yellow.warning()).isFalse();
    }

    @Test
    void aGapOfExactlyTheRuleIsNoWarningAndOneHundredthMoreIs() {
        List<IndicatorProgress> complete = List.of(quantitative(Operator.GE, "100", "10", "100"));
        ReportResult twenty = DECEMBER.assess(yuan("100.00"), yuan("80.00"), complete);
        assertThat(twenty.gap()).isEqualByComparingTo("20.00");
        assertThat(twenty.warning()).isFalse();
        ReportResult more = DECEMBER.assess(yuan("100.00"), yuan("79.99"), complete);
        assertThat(more.gap()).isEqualByComparingTo("20.01");
        assertThat(more.executionLight()).isEqualTo(Light.YELLOW);
        assertThat(more.reasons()).containsExactly(WarningReason.GAP_EXCEEDED);
        ReportRules sichuan = new ReportRules(TimeProgress.atEndOf(12), LightBands.NATIONAL_DEFAULT, BigDecimal.TEN);
        assertThat(sichuan.assess(yuan("100.00"), yuan("89.99"), complete).reasons())
                .containsExactly(WarningReason.GAP_EXCEEDED);
    }

    @Test
    void anUnfiledReportIsAWarningWithNothingComputed() {
        ReportResult result = SEPTEMBER.notFiled();
        assertThat(result.reasons()).containsExactly(WarningReason.NOT_FILED);
        assertThat(result.executionRate()).isNull();
        assertThat(result.targetCompletionRate()).isNull();
        assertThat(result.timeProgress()).isEqualTo(Rate.of(new BigDecimal("75")));
    }

    @Test
    void theRulesReadTheirJsonAndRefuseBandsOutOfOrder() {
        assertThat(MonitoringRules.LIGHT_BANDS.read(Map.of("RED", new BigDecimal("50"), "YELLOW",
                new BigDecimal("70"), "BLUE", new BigDecimal("130")))).isEqualTo(
                new LightBands(new BigDecimal("50"), new BigDecimal("70"), new BigDecimal("130")));
        assertThatThrownBy(() -> MonitoringRules.LIGHT_BANDS.read(Map.of("RED", new BigDecimal("80"), "YELLOW",
                new BigDecimal("60"), "BLUE", new BigDecimal("120"))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("lightBands.notAscending"));
        assertThatThrownBy(() -> MonitoringRules.LIGHT_BANDS.read(Map.of("RED", new BigDecimal("60"), "YELLOW",
                new BigDecimal("80"), "BLUE", new BigDecimal("1001"))))
                .isInstanceOf(InvalidValueException.class);
        assertThat(MonitoringRules.WARNING_GAP.defaultValue()).isEqualByComparingTo("20");
        assertThat(new MonitoringRules().ruleKeys()).extracting(Object::toString)
                .containsExactly("monitoring.lightBands", "monitoring.warningGap");
    }
}

package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.InvalidValueException;
import org.jixiao.sharedkernel.Money;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Operator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scoring rules of DOMAIN.md "Evaluation" at their boundaries, and its worked example. */
class ScoringRulesTests {

    private static final ScoringRules RULES = ScoringRules.NATIONAL_DEFAULT;

    @Test
    void theWorkedExampleOfDomainMd() {
        List<IndicatorEntry> indicators = List.of(
                quantitative(Level1.OUTPUT, Operator.GE, "100", "30", "100"),
                quantitative(Level1.OUTPUT, Operator.GE, "95", "20", "90"),
                quantitative(Level1.BENEFIT, Operator.GE, "90", "10", "81"),
                IndicatorEntry.qualitative(UUID.randomUUID(), Level1.BENEFIT, BigDecimal.TEN,
                        AchievementBand.PARTLY_ACHIEVED, new BigDecimal("70")),
                quantitative(Level1.SATISFACTION, Operator.GE, "90", "10", "95"));
        Scorecard card = RULES.score(Money.of("1000000.00"), Money.of("920000.00"), indicators);

        assertThat(card.executionScore()).isEqualByComparingTo("9.20");
        assertThat(card.indicators()).extracting(IndicatorScore::score).map(BigDecimal::toPlainString)
                .containsExactly("30.00", "18.95", "13.50", "10.50", "10.00");
        assertThat(card.indicators()).extracting(IndicatorScore::points).map(BigDecimal::toPlainString)
                .containsExactly("30.00", "20.00", "15.00", "15.00", "10.00");
        assertThat(card.indicators()).extracting(IndicatorScore::rule).containsExactly(ScoringRule.MET,
                ScoringRule.PROPORTIONAL, ScoringRule.PROPORTIONAL, ScoringRule.QUALITATIVE_BAND, ScoringRule.MET);
        assertThat(card.score()).isEqualByComparingTo("92.15");
        assertThat(card.grade()).isEqualTo(Grade.EXCELLENT);
    }

    /**
     * One indicator alone in the output block (50 points) beside a benefit indicator met in full (30) and no
     * satisfaction indicator (benefit 40), all spent (execution 10): the total is 50 + the output indicator's score.
     * A reader checks each line by hand: points × actual ÷ target, or × (2 × target − actual) ÷ target for reverse.
     */
    @ParameterizedTest(name = "{0} {1}, actual {2}: {3} ({4})")
    @CsvSource({
            // positive
            "GE, 100, 100,    50.00, MET",
            "GE, 100, 150,    50.00, MET",            // over-completion: no more than the points
            "GE, 100, 99.98,  49.99, PROPORTIONAL",
            "GE, 100, 0,       0.00, PROPORTIONAL",   // actual 0
            "GT, 100, 100,    50.00, PROPORTIONAL",   // ＞ at exactly its target: points × 1
            "GT, 100, 100.01, 50.00, MET",
            "EQ, 100, 80,     40.00, PROPORTIONAL",   // ＝ with a non-zero target follows the positive rule
            "GE, 0,   0,      50.00, ZERO_TARGET_MET",
            "GT, 0,   0,       0.00, ZERO_TARGET_MISSED",
            "GT, 0,   1,      50.00, ZERO_TARGET_MET",
            "EQ, 0,   0,      50.00, ZERO_TARGET_MET",
            "EQ, 0,   1,       0.00, ZERO_TARGET_MISSED",
            // reverse
            "LE, 80,  80,     50.00, REVERSE_WITHIN",
            "LE, 80,  100,    37.50, REVERSE_EXCEEDED",  // 50 × (160 − 100) ÷ 80
            "LE, 80,  159.99,  0.01, REVERSE_EXCEEDED",  // 50 × 0.01 ÷ 80 = 0.00625 → 0.01
            "LE, 80,  160,     0.00, REVERSE_DOUBLED",   // exactly twice the target
            "LE, 80,  500,     0.00, REVERSE_DOUBLED",
            "LT, 80,  80,     50.00, REVERSE_WITHIN",
            "LT, 0,   0,      50.00, ZERO_TARGET_MET",
            "LE, 0,   0.01,    0.00, ZERO_TARGET_MISSED"})
    void aQuantitativeIndicator(Operator operator, String target, String actual, String score, ScoringRule rule) {
        Scorecard card = RULES.score(Money.of("100.00"), Money.of("100.00"),
                List.of(quantitative(Level1.OUTPUT, operator, target, "1", actual), benefitMet()));
        assertThat(card.indicators().get(0).rule()).isEqualTo(rule);
        assertThat(card.indicators().get(0).score()).isEqualByComparingTo(score);
        assertThat(card.indicators().get(1).points()).as("benefit takes satisfaction's points").isEqualByComparingTo("40");
        assertThat(card.score()).isEqualByComparingTo(new BigDecimal(score).add(new BigDecimal("50")));
    }

    @Test
    void aValueOnARoundingBoundaryRoundsHalfUpOnce() {
        // 50 × 99.99 ÷ 100 = 49.995 exactly: half-up gives 50.00, as one division of exact products
        Scorecard card = RULES.score(Money.of("100.00"), Money.of("100.00"),
                List.of(quantitative(Level1.OUTPUT, Operator.GE, "100", "1", "99.99"), benefitMet()));
        assertThat(card.indicators().get(0).score()).isEqualByComparingTo("50.00");
        // 20 × 90 ÷ 95 = 18.947…: 18.95, never 18.94 from a share rounded first
        card = RULES.score(Money.of("100.00"), Money.of("100.00"),
                List.of(quantitative(Level1.OUTPUT, Operator.GE, "95", "20", "90"),
                        quantitative(Level1.OUTPUT, Operator.GE, "1", "30", "1"), benefitMet()));
        assertThat(card.indicators().get(0).score()).isEqualByComparingTo("18.95");
    }

    @ParameterizedTest(name = "budget {0}, executed {1}: {2}")
    @CsvSource({
            "1000.00, 1000.00, 10.00",
            "1000.00, 1200.00, 10.00", // over-execution: no more than the points
            "1000.00, 999.99,  10.00", // 9.9999 → 10.00
            "1000.00, 999.00,   9.99",
            "1000.00, 0.00,     0.00",
            "0.00,    0.00,    10.00", // a zero budget: nothing left unspent
            "0.00,    5.00,    10.00"})
    void budgetExecution(String budget, String executed, String score) {
        Scorecard card = RULES.score(Money.of(budget), Money.of(executed), List.of(
                quantitative(Level1.OUTPUT, Operator.GE, "1", "1", "1"), benefitMet()));
        assertThat(card.executionScore()).isEqualByComparingTo(score);
    }

    @ParameterizedTest(name = "{0} at {1} %: {2}")
    @CsvSource({
            "ACHIEVED,        100,   50.00",
            "ACHIEVED,        80,    40.00",
            "PARTLY_ACHIEVED, 79.99, 40.00", // 50 × 0.7999 = 39.995 → 40.00
            "PARTLY_ACHIEVED, 60,    30.00",
            "NOT_ACHIEVED,    59.99, 30.00", // 29.995 → 30.00
            "NOT_ACHIEVED,    0,      0.00"})
    void aQualitativeIndicatorScoresInsideItsBand(AchievementBand band, String percent, String score) {
        Scorecard card = RULES.score(Money.of("1.00"), Money.of("1.00"), List.of(
                IndicatorEntry.qualitative(UUID.randomUUID(), Level1.OUTPUT, BigDecimal.ONE, band, new BigDecimal(percent)),
                benefitMet()));
        assertThat(card.indicators().get(0).score()).isEqualByComparingTo(score);
    }

    @ParameterizedTest(name = "{0} at {1} % is refused")
    @CsvSource({"ACHIEVED, 79.99", "PARTLY_ACHIEVED, 80", "PARTLY_ACHIEVED, 59.99", "NOT_ACHIEVED, 60",
            "ACHIEVED, 100.01"})
    void aScoreOutsideItsBandIsRefused(AchievementBand band, String percent) {
        assertThatThrownBy(() -> IndicatorEntry.qualitative(UUID.randomUUID(), Level1.OUTPUT, BigDecimal.ONE, band,
                new BigDecimal(percent)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("evaluation.scoreOutsideBand"));
    }

    @Test
    void aNegativeActualValueIsRefused() {
        assertThatThrownBy(() -> quantitative(Level1.OUTPUT, Operator.LE, "10", "1", "-0.01"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("evaluation.negativeActual"));
    }

    @Test
    void weightsShareABlockAndCostCountsInOutput() {
        List<IndicatorEntry> indicators = List.of(
                quantitative(Level1.OUTPUT, Operator.GE, "1", "1", "1"),
                quantitative(Level1.COST, Operator.LE, "1", "2", "1"),
                quantitative(Level1.OUTPUT, Operator.GE, "1", "0", "1"), // a zero weight beside others: nothing
                quantitative(Level1.BENEFIT, Operator.GE, "1", "0", "1"), // all-zero weights share equally
                quantitative(Level1.BENEFIT, Operator.GE, "1", "0", "0.5"),
                quantitative(Level1.SATISFACTION, Operator.GE, "90", "5", "90"));
        Scorecard card = RULES.score(Money.of("1.00"), Money.of("1.00"), indicators);
        assertThat(card.indicators()).extracting(IndicatorScore::points).map(BigDecimal::toPlainString)
                .containsExactly("16.67", "33.33", "0.00", "15.00", "15.00", "10.00");
        assertThat(card.indicators()).extracting(IndicatorScore::block).containsExactly(Block.OUTPUT, Block.OUTPUT,
                Block.OUTPUT, Block.BENEFIT, Block.BENEFIT, Block.SATISFACTION);
        assertThat(card.indicators().get(2).rule()).isEqualTo(ScoringRule.NO_POINTS);
        assertThat(card.indicators()).extracting(IndicatorScore::score).map(BigDecimal::toPlainString)
                .containsExactly("16.67", "33.33", "0.00", "15.00", "7.50", "10.00");
        assertThat(card.score()).as("the sum of the rounded parts").isEqualByComparingTo("92.50");
    }

    @Test
    void fullMarksAreAHundredWhateverTheWeights() {
        List<IndicatorEntry> thirds = List.of(quantitative(Level1.OUTPUT, Operator.GE, "1", "1", "1"),
                quantitative(Level1.OUTPUT, Operator.GE, "1", "1", "1"),
                quantitative(Level1.OUTPUT, Operator.GE, "1", "1", "1"),
                quantitative(Level1.BENEFIT, Operator.GE, "1", "1", "1"),
                quantitative(Level1.BENEFIT, Operator.GE, "1", "1", "1"),
                quantitative(Level1.BENEFIT, Operator.GE, "1", "1", "1"),
                quantitative(Level1.SATISFACTION, Operator.GE, "1", "1", "1"));
        Scorecard card = RULES.score(Money.of("1.00"), Money.of("1.00"), thirds);
        assertThat(card.indicators()).extracting(IndicatorScore::points).map(BigDecimal::toPlainString)
                .as("the largest remainder, the first on a tie").containsExactly("16.67", "16.67", "16.66", "10.00",
                        "10.00", "10.00", "10.00");
        assertThat(card.score()).isEqualByComparingTo("100.00");
        // nearly full: 16.6666… × 0.99999 = 16.6665 rounds to 16.67, held to the third share of 16.66
        List<IndicatorEntry> nearly = new ArrayList<>(thirds);
        nearly.set(2, quantitative(Level1.OUTPUT, Operator.GE, "1", "1", "0.99999"));
        assertThat(RULES.score(Money.of("1.00"), Money.of("1.00"), nearly).indicators().get(2).score())
                .isEqualByComparingTo("16.66");
    }

    @Test
    void theBreakdownAlwaysAddsUpToTheScore() {
        java.util.Random random = new java.util.Random(2019);
        for (int n = 0; n < 2000; n++) {
            List<IndicatorEntry> indicators = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                Level1 level1 = i < 3 ? Level1.OUTPUT : i < 5 ? Level1.BENEFIT : i == 5 ? Level1.COST
                        : Level1.SATISFACTION;
                String weight = Integer.toString(random.nextInt(4) * 5);
                String target = Integer.toString(random.nextInt(3) * 50);
                String actual = BigDecimal.valueOf(random.nextInt(20000), 2).toPlainString();
                Operator operator = Operator.values()[random.nextInt(5)];
                indicators.add(quantitative(level1, operator, target, weight, actual));
            }
            Scorecard card = RULES.score(Money.of("300.00"), Money.of(BigDecimal.valueOf(random.nextInt(40000), 2)),
                    indicators);
            BigDecimal sum = card.executionScore();
            for (IndicatorScore s : card.indicators()) {
                assertThat(s.score()).isBetween(BigDecimal.ZERO, s.points().add(new BigDecimal("0.01")));
                sum = sum.add(s.score());
            }
            assertThat(card.score()).isEqualByComparingTo(sum).isBetween(BigDecimal.ZERO, new BigDecimal("100.00"));
        }
    }

    @ParameterizedTest(name = "{0}: {1} by 90/80/60, {2} by 80/70/60")
    @CsvSource({"90.00, EXCELLENT, EXCELLENT", "89.99, GOOD, EXCELLENT", "80.00, GOOD, EXCELLENT",
            "79.99, FAIR, GOOD", "70.00, FAIR, GOOD", "60.00, FAIR, FAIR", "59.99, POOR, POOR"})
    void gradesByTheBands(String total, Grade national, Grade regional) {
        // execution 10 + output 50 × actual ÷ 100 + benefit 40 → actual = (total − 50) × 2
        String actual = new BigDecimal(total).subtract(new BigDecimal("50")).multiply(BigDecimal.valueOf(2))
                .toPlainString();
        List<IndicatorEntry> indicators = List.of(quantitative(Level1.OUTPUT, Operator.GE, "100", "1", actual),
                benefitMet());
        Scorecard card = RULES.score(Money.of("1.00"), Money.of("1.00"), indicators);
        assertThat(card.score()).isEqualByComparingTo(total);
        assertThat(card.grade()).isEqualTo(national);
        ScoringRules eightyseventy = new ScoringRules(BlockPoints.NATIONAL_DEFAULT,
                new GradeBands(BigDecimal.valueOf(80), BigDecimal.valueOf(70), BigDecimal.valueOf(60)));
        assertThat(eightyseventy.score(Money.of("1.00"), Money.of("1.00"), indicators).grade()).isEqualTo(regional);
    }

    @Test
    void aTargetWithoutOutputOrBenefitIsRefused() {
        assertThatThrownBy(() -> RULES.score(Money.of("1.00"), Money.of("1.00"), List.of(benefitMet())))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("evaluation.blockMissing"));
    }

    @Test
    void anIndicatorEnteredTwiceIsRefused() {
        IndicatorEntry output = quantitative(Level1.OUTPUT, Operator.GE, "1", "1", "1");
        assertThatThrownBy(() -> RULES.score(Money.of("1.00"), Money.of("1.00"), List.of(output, output, benefitMet())))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("evaluation.indicatorTwice"));
    }

    private static IndicatorEntry quantitative(Level1 level1, Operator operator, String target, String weight,
            String actual) {
        return IndicatorEntry.quantitative(UUID.randomUUID(), level1, operator, new BigDecimal(target),
                new BigDecimal(weight), new BigDecimal(actual));
    }

    /** A benefit indicator met in full. */
    private static IndicatorEntry benefitMet() {
        return quantitative(Level1.BENEFIT, Operator.GE, "1", "1", "1");
    }
}

package org.jixiao.resultapplication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.resultapplication.domain.Results.graded;
import static org.jixiao.resultapplication.domain.Results.result;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The grade table and the amounts (DOMAIN.md "Result application"), at their boundaries. */
class ProposalRulesTests {

    static final ProposalRules NATIONAL = ProposalRules.NATIONAL_DEFAULT;

    @Test
    void theDefaultsAreTheNationalRules() {
        assertThat(ApplicationRules.GRADE_ACTIONS.write(ApplicationRules.GRADE_ACTIONS.defaultValue()))
                .hasToString("{EXCELLENT=PRIORITY, GOOD=KEEP, FAIR=CUT, POOR=CANCEL}");
        assertThat(ApplicationRules.CUT_PERCENT.defaultValue()).isEqualByComparingTo("10");
        assertThat(ApplicationRules.OPEN_RECTIFICATION_PERCENT.defaultValue()).isEqualByComparingTo("5");
        assertThat(ApplicationRules.RECTIFICATION_DAYS.defaultValue()).isEqualTo(30);
        assertThat(new ApplicationRules().ruleKeys()).extracting(Object::toString).containsExactly(
                "application.gradeActions", "application.cutPercent", "application.openRectificationPercent",
                "application.rectificationDays");
    }

    @ParameterizedTest(name = "{0} → {1}, 1,000,000.00 → {2}")
    @CsvSource({"EXCELLENT, PRIORITY, 1000000.00", "GOOD, KEEP, 1000000.00", "FAIR, CUT, 900000.00",
            "POOR, CANCEL, 0.00"})
    void theActionFollowsTheGradeAndTheAmountTheAction(Grade grade, BudgetAction action, String proposed) {
        ProposalItem item = NATIONAL.propose(graded(grade, "1000000.00", 0));
        assertThat(item.grade()).isEqualTo(grade);
        assertThat(item.action()).isEqualTo(action);
        assertThat(item.proposedAmount().yuan()).isEqualByComparingTo(proposed);
    }

    @ParameterizedTest(name = "open rectification: {0} → {1}, 1,000,000.00 → {2}")
    @CsvSource({"EXCELLENT, PRIORITY, 950000.00", "GOOD, KEEP, 950000.00", "FAIR, CUT, 850000.00",
            "POOR, CANCEL, 0.00"})
    void anOpenRectificationLowersTheAmountNeverTheAction(Grade grade, BudgetAction action, String proposed) {
        ProposalItem once = NATIONAL.propose(graded(grade, "1000000.00", 1));
        ProposalItem thrice = NATIONAL.propose(graded(grade, "1000000.00", 3));
        assertThat(once.action()).isEqualTo(action);
        assertThat(once.proposedAmount().yuan()).isEqualByComparingTo(proposed);
        assertThat(thrice.proposedAmount()).isEqualTo(once.proposedAmount());
    }

    @ParameterizedTest(name = "score {0} under national bands → {1}")
    @CsvSource({"100.00, PRIORITY", "90.00, PRIORITY", "89.99, KEEP", "80.00, KEEP", "79.99, CUT", "60.00, CUT",
            "59.99, CANCEL", "0.00, CANCEL"})
    void gradeBoundariesDecideTheAction(String score, BudgetAction action) {
        ProposalRules regraded = new ProposalRules(NATIONAL.actions(), NATIONAL.cutPercent(),
                NATIONAL.openRectificationPercent(), GradeBands.NATIONAL_DEFAULT, List.of());
        assertThat(regraded.propose(result("P1", "U1", "D1", score, "100.00", 0)).action()).isEqualTo(action);
        assertThat(NATIONAL.propose(result("P1", "U1", "D1", score, "100.00", 0)).action()).isEqualTo(action);
    }

    @Test
    void aWhatIfGradesTheScoreAgainWithItsBands() {
        ProposalRules bands857560 = new ProposalRules(NATIONAL.actions(), NATIONAL.cutPercent(),
                NATIONAL.openRectificationPercent(), new GradeBands(new BigDecimal("85"), new BigDecimal("75"),
                new BigDecimal("60")), List.of());
        assertThat(bands857560.propose(result("P1", "U1", "D1", "85.00", "100.00", 0)).action())
                .isEqualTo(BudgetAction.PRIORITY);
        assertThat(bands857560.propose(result("P1", "U1", "D1", "84.99", "100.00", 0)).action())
                .isEqualTo(BudgetAction.KEEP);
        assertThat(bands857560.propose(result("P1", "U1", "D1", "74.99", "100.00", 0)).action())
                .isEqualTo(BudgetAction.CUT);
    }

    @Test
    void aZeroBudgetStaysZeroWhateverTheAction() {
        for (Grade grade : Grade.values()) {
            assertThat(NATIONAL.propose(graded(grade, "0.00", 1)).proposedAmount().isZero()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} less {1}% → {2}")
    @CsvSource({"333.33, 10, 300.00", "0.05, 10, 0.05", "0.15, 10, 0.14", "1234567.89, 15, 1049382.71",
            "100.00, 100, 0.00", "100.00, 0, 100.00", "99999999999.99, 10, 89999999999.99"})
    void theCutIsRoundedHalfUpOnceAtTheEnd(String current, String percent, String proposed) {
        ProposalRules cut = new ProposalRules(NATIONAL.actions(), new BigDecimal(percent), BigDecimal.ZERO, null,
                List.of());
        assertThat(cut.propose(graded(Grade.FAIR, current, 0)).proposedAmount().yuan()).isEqualByComparingTo(proposed);
    }

    @Test
    void aCutAndARectificationTogetherNeverGoBelowNothing() {
        ProposalRules deep = new ProposalRules(NATIONAL.actions(), new BigDecimal("98"), BigDecimal.TEN, null,
                List.of());
        assertThat(deep.propose(graded(Grade.FAIR, "1000.00", 1)).proposedAmount().isZero()).isTrue();
        assertThat(deep.propose(graded(Grade.FAIR, "1000.00", 0)).proposedAmount().yuan())
                .isEqualByComparingTo("20.00");
    }

    @Test
    void aRegionMayMapGradesOtherwise() {
        Map<String, Object> json = new LinkedHashMap<>(Map.of("EXCELLENT", "PRIORITY", "GOOD", "KEEP", "FAIR",
                "KEEP", "POOR", "CUT"));
        Map<String, BudgetAction> lenient = ApplicationRules.GRADE_ACTIONS.read(json);
        ProposalRules rules = new ProposalRules(lenient, BigDecimal.TEN, BigDecimal.ZERO, null, List.of());
        assertThat(rules.propose(graded(Grade.POOR, "1000.00", 0)).proposedAmount().yuan())
                .isEqualByComparingTo("900.00");
    }

    @Test
    void malformedRuleValuesAreRefused() {
        assertThat(codeOf(() -> ApplicationRules.GRADE_ACTIONS.read(Map.of("EXCELLENT", "PRIORITY", "GOOD", "KEEP",
                "FAIR", "压缩", "POOR", "CANCEL")))).isEqualTo("rule.notAllowed");
        assertThat(codeOf(() -> ApplicationRules.GRADE_ACTIONS.read(Map.of("EXCELLENT", "PRIORITY"))))
                .isEqualTo("rule.missingEntry");
        assertThat(codeOf(() -> ApplicationRules.CUT_PERCENT.read(new BigDecimal("100.01"))))
                .isEqualTo("rule.outOfRange");
        assertThat(codeOf(() -> ApplicationRules.CUT_PERCENT.read(new BigDecimal("-1")))).isEqualTo("rule.outOfRange");
        assertThat(ApplicationRules.CUT_PERCENT.read(new BigDecimal("15"))).isEqualByComparingTo("15");
        assertThat(codeOf(() -> ApplicationRules.RECTIFICATION_DAYS.read(0))).isEqualTo("rule.outOfRange");
        assertThat(codeOf(() -> ApplicationRules.RECTIFICATION_DAYS.read(new BigDecimal("30.5"))))
                .isEqualTo("rule.notWhole");
        assertThat(ApplicationRules.RECTIFICATION_DAYS.read(new BigDecimal("45"))).isEqualTo(45);
    }

    static String codeOf(Runnable read) {
        try {
            read.run();
        } catch (InvalidValueException e) {
            return e.code();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void everyGradeNeedsAnAction() {
        assertThatThrownBy(() -> new ProposalRules(Map.of("EXCELLENT", BudgetAction.KEEP), BigDecimal.TEN,
                BigDecimal.ZERO, null, List.of())).isInstanceOf(NullPointerException.class);
    }
}

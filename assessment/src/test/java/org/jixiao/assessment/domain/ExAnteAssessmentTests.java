package org.jixiao.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jixiao.assessment.events.AssessmentConcluded;
import org.jixiao.assessment.events.AssessmentKind;
import org.jixiao.assessment.events.Conclusion;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.InvalidValueException;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.Score;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.rules.Rule;
import org.jixiao.sharedkernel.rules.RuleSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExAnteAssessmentTests {

    static final Instant NOW = Instant.parse("2020-03-01T02:00:00Z");

    static ExAnteAssessment assessment() {
        return ExAnteAssessment.open(FiscalYear.of(2020), AssessmentKind.PROJECT, OrgCode.of("U1"),
                OrgPath.parse("/650000/650100/650121/D1/U1/"), RegionCode.of("650121"), "P-001", "校舍改造",
                Money.of("5000000.00"), Materials.NONE, false, NOW);
    }

    /** A sheet totalling {@code total}, spread over the dimensions (each at most 20). */
    static Map<Dimension, BigDecimal> scoresTotalling(String total) {
        BigDecimal rest = new BigDecimal(total);
        Map<Dimension, BigDecimal> scores = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            BigDecimal part = rest.min(BigDecimal.valueOf(20));
            scores.put(dimension, part);
            rest = rest.subtract(part);
        }
        return scores;
    }

    static ScoreSheet sheet(String assessor, String total) {
        return ScoreSheet.of(assessor, "fin", scoresTotalling(total), Map.of(), DimensionWeights.NATIONAL_DEFAULT);
    }

    static AssessmentConcluded conclude(ExAnteAssessment assessment) {
        return assessment.conclude(RuleSnapshot.ofDefaults(assessment.region(), assessment.fiscalYear(),
                new AssessmentRules().ruleKeys()), "完善绩效指标", NOW, "fin");
    }

    @Test
    void theWorkedExampleOfDomainMd() {
        ExAnteAssessment assessment = assessment();
        assessment.score(sheet("专家甲", "88"), true);
        assessment.score(sheet("专家乙", "84"), true);
        AssessmentConcluded concluded = conclude(assessment);
        assertThat(concluded.totalScore()).isEqualByComparingTo("86.00");
        assertThat(concluded.grade()).isEqualTo(Grade.GOOD);
        assertThat(concluded.conclusion()).isEqualTo(Conclusion.SUPPORT_AFTER_REVISION);
        assertThat(concluded.header().unitCode()).isEqualTo("U1");
        assertThat(concluded.projectCode()).isEqualTo("P-001");
        assertThat(concluded.header().fiscalYear()).isEqualTo(2020);
        assertThat(concluded.header().aggregateId()).isEqualTo(assessment.getId().value());
        assertThat(concluded.header().aggregateVersion()).isEqualTo(assessment.version() + 1);
        assertThat(concluded.header().eventId()).isNotNull();
        assertThat(assessment.status()).isEqualTo(AssessmentStatus.CONCLUDED);
        assertThat(assessment.outcome()).hasValueSatisfying(outcome -> {
            assertThat(outcome.grade()).isEqualTo(Grade.GOOD);
            assertThat(outcome.suggestions()).isEqualTo("完善绩效指标");
        });
    }

    @ParameterizedTest
    @CsvSource({
            "100, SUPPORT, EXCELLENT", "90.00, SUPPORT, EXCELLENT", "89.99, SUPPORT_AFTER_REVISION, GOOD",
            "80.00, SUPPORT_AFTER_REVISION, GOOD", "70.00, SUPPORT_AFTER_REVISION, FAIR", "69.99, REJECT, FAIR",
            "60.00, REJECT, FAIR", "59.99, REJECT, POOR", "0, REJECT, POOR"})
    void bandBoundaries(String total, Conclusion conclusion, Grade grade) {
        ExAnteAssessment assessment = assessment();
        assessment.score(sheet("甲", total), true);
        AssessmentConcluded concluded = conclude(assessment);
        assertThat(concluded.conclusion()).isEqualTo(conclusion);
        assertThat(concluded.grade()).isEqualTo(grade);
    }

    @Test
    void theRegionsBandsApplyAndTheOutcomeRecordsThem() {
        ExAnteAssessment assessment = assessment();
        assessment.score(sheet("甲", "92"), true);
        RuleSnapshot rules = new RuleSnapshot(assessment.region(), assessment.fiscalYear(), List.of(
                new Rule<>(AssessmentRules.WEIGHTS, DimensionWeights.NATIONAL_DEFAULT, null, 0),
                new Rule<>(AssessmentRules.CONCLUSION_BANDS, new ConclusionBands(new BigDecimal("95"),
                        new BigDecimal("70")), RegionCode.of("650100"), 7),
                new Rule<>(AssessmentRules.GRADE_BANDS, GradeBands.NATIONAL_DEFAULT, null, 0)));
        AssessmentConcluded concluded = assessment.conclude(rules, null, NOW, "fin");
        assertThat(concluded.conclusion()).isEqualTo(Conclusion.SUPPORT_AFTER_REVISION);
        assertThat(concluded.ruleVersion()).isEqualTo(7);
        Outcome outcome = assessment.outcome().orElseThrow();
        assertThat(outcome.appliedRules()).extracting(rule -> rule.key() + "@" + rule.source() + "#" + rule.version())
                .containsExactly("assessment.weights@DEFAULT#0", "assessment.conclusionBands@650100#7",
                        "assessment.gradeBands@DEFAULT#0");
        assertThat(outcome.weights()).contains(DimensionWeights.NATIONAL_DEFAULT);
    }

    @Test
    void aSheetAboveWeightsThatChangedSinceItWasFiledStopsTheConclusion() {
        ExAnteAssessment assessment = assessment();
        assessment.score(sheet("甲", "100"), true); // 20 in every dimension, the national weights
        Map<Dimension, BigDecimal> lower = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            lower.put(dimension, BigDecimal.valueOf(dimension == Dimension.NECESSITY ? 16 : 21));
        }
        RuleSnapshot changed = new RuleSnapshot(assessment.region(), assessment.fiscalYear(), List.of(
                new Rule<>(AssessmentRules.WEIGHTS, new DimensionWeights(lower), RegionCode.of("650121"), 3),
                new Rule<>(AssessmentRules.CONCLUSION_BANDS, ConclusionBands.NATIONAL_DEFAULT, null, 0),
                new Rule<>(AssessmentRules.GRADE_BANDS, GradeBands.NATIONAL_DEFAULT, null, 0)));
        assertThatThrownBy(() -> assessment.conclude(changed, null, NOW, "fin"))
                .isInstanceOfSatisfying(StateConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("assessment.sheetAboveWeight");
                    assertThat(e.arguments()).containsExactly("甲", "NECESSITY", "20", "16");
                });
        assertThat(assessment.status()).isEqualTo(AssessmentStatus.OPEN);
    }

    @Test
    void theMeanIsRoundedOnceHalfUp() {
        ExAnteAssessment assessment = assessment();
        assessment.score(sheet("甲", "90"), true);
        assessment.score(sheet("乙", "89.99"), true);
        assessment.score(sheet("丙", "89.99"), true);
        // (90 + 89.99 + 89.99) / 3 = 89.99333… → 89.99: not supported without revision
        assertThat(assessment.currentScore()).contains(Score.of("89.99"));
        assertThat(conclude(assessment).conclusion()).isEqualTo(Conclusion.SUPPORT_AFTER_REVISION);

        ExAnteAssessment halfUp = assessment();
        halfUp.score(sheet("甲", "70"), true);
        halfUp.score(sheet("乙", "69.99"), true);
        // 69.995 → 70.00: the threshold compares the rounded figure
        assertThat(conclude(halfUp).conclusion()).isEqualTo(Conclusion.SUPPORT_AFTER_REVISION);
    }

    @Test
    void aSecondSheetOfTheSameAssessorReplacesTheFirst() {
        ExAnteAssessment assessment = assessment();
        assessment.score(sheet("甲", "60"), true);
        assessment.score(sheet("甲", "95"), true);
        assertThat(assessment.sheets()).hasSize(1);
        assertThat(assessment.currentScore()).contains(Score.of("95.00"));
    }

    @Test
    void onlyTheAccountThatFiledASheetReplacesItUnlessFinance() {
        ExAnteAssessment assessment = assessment();
        assessment.score(sheet("财政评审中心", "80"), true);
        ScoreSheet byAgency = ScoreSheet.of("财政评审中心", "agency", scoresTotalling("40"), Map.of(),
                DimensionWeights.NATIONAL_DEFAULT);
        assertThatThrownBy(() -> assessment.score(byAgency, false))
                .isInstanceOfSatisfying(ForbiddenException.class,
                        e -> assertThat(e.code()).isEqualTo("assessment.sheetOfAnother"));
        assertThat(assessment.currentScore()).contains(Score.of("80.00"));
        ScoreSheet own = ScoreSheet.of("第三方机构", "agency", scoresTotalling("70"), Map.of(),
                DimensionWeights.NATIONAL_DEFAULT);
        assessment.score(own, false);
        assessment.score(ScoreSheet.of("第三方机构", "agency", scoresTotalling("72"), Map.of(),
                DimensionWeights.NATIONAL_DEFAULT), false);
        assessment.score(sheet("第三方机构", "74"), true);
        assertThat(assessment.sheets()).hasSize(2);
        assertThat(assessment.currentScore()).contains(Score.of("77.00"));
    }

    @Test
    void theTotalIsTheMeanOfTheSheetsAndTheReportsDimensionsAddUpToIt() {
        Map<Dimension, BigDecimal> first = scoresTotalling("0");
        first.put(Dimension.NECESSITY, new BigDecimal("10.01"));
        first.put(Dimension.ECONOMY, new BigDecimal("10.01"));
        Map<Dimension, BigDecimal> second = scoresTotalling("0");
        second.put(Dimension.NECESSITY, new BigDecimal("10.00"));
        second.put(Dimension.ECONOMY, new BigDecimal("10.00"));
        ExAnteAssessment assessment = assessment();
        assessment.score(ScoreSheet.of("甲", "fin", first, Map.of(), DimensionWeights.NATIONAL_DEFAULT), true);
        assessment.score(ScoreSheet.of("乙", "fin", second, Map.of(), DimensionWeights.NATIONAL_DEFAULT), true);
        // (20.02 + 20.00) / 2 = 20.01; each dimension is 10.005, so rounding each would show 10.01 + 10.01 = 20.02:
        // the cent the total needs goes to the first of the tied dimensions instead
        assertThat(conclude(assessment).totalScore()).isEqualByComparingTo("20.01");
        assertThat(assessment.dimensionMeans()).containsEntry(Dimension.NECESSITY, new BigDecimal("10.01"))
                .containsEntry(Dimension.ECONOMY, new BigDecimal("10.00"));
    }

    @Test
    void twoSheetsOf8999AreNotSupportedHoweverTheirDimensionsRound() {
        Map<Dimension, BigDecimal> first = new EnumMap<>(Dimension.class);
        Map<Dimension, BigDecimal> second = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            first.put(dimension, new BigDecimal("18.01"));
            second.put(dimension, new BigDecimal("18.00"));
        }
        first.put(Dimension.FUNDING_COMPLIANCE, new BigDecimal("17.95"));
        second.put(Dimension.FUNDING_COMPLIANCE, new BigDecimal("17.99"));
        ExAnteAssessment assessment = assessment();
        assessment.score(ScoreSheet.of("甲", "fin", first, Map.of(), DimensionWeights.NATIONAL_DEFAULT), true);
        assessment.score(ScoreSheet.of("乙", "fin", second, Map.of(), DimensionWeights.NATIONAL_DEFAULT), true);
        AssessmentConcluded concluded = conclude(assessment);
        assertThat(concluded.totalScore()).isEqualByComparingTo("89.99");
        assertThat(concluded.conclusion()).isEqualTo(Conclusion.SUPPORT_AFTER_REVISION);
        assertThat(assessment.dimensionMeans().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("89.99");
    }

    @Test
    void eachDimensionIsCappedAtItsWeightAndNeverClamped() {
        Map<Dimension, BigDecimal> scores = scoresTotalling("80");
        scores.put(Dimension.NECESSITY, new BigDecimal("20.01"));
        scores.put(Dimension.ECONOMY, new BigDecimal("-1"));
        scores.put(Dimension.FEASIBILITY, new BigDecimal("10.005"));
        scores.remove(Dimension.FUNDING_COMPLIANCE);
        assertThatThrownBy(() -> ScoreSheet.of("甲", "fin", scores, Map.of(), DimensionWeights.NATIONAL_DEFAULT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.FieldViolation::field)
                        .containsExactly("scores.NECESSITY", "scores.ECONOMY", "scores.FEASIBILITY",
                                "scores.FUNDING_COMPLIANCE"));
        Map<Dimension, BigDecimal> atWeight = scoresTotalling("100");
        assertThat(ScoreSheet.of("甲", "fin", atWeight, Map.of(), DimensionWeights.NATIONAL_DEFAULT).total())
                .isEqualByComparingTo("100");
    }

    @Test
    void aRegionsOwnWeights() {
        Map<Dimension, BigDecimal> points = new EnumMap<>(Dimension.class);
        points.put(Dimension.NECESSITY, BigDecimal.valueOf(30));
        points.put(Dimension.ECONOMY, BigDecimal.valueOf(20));
        points.put(Dimension.TARGET_REASONABLENESS, BigDecimal.valueOf(20));
        points.put(Dimension.FEASIBILITY, BigDecimal.valueOf(20));
        points.put(Dimension.FUNDING_COMPLIANCE, BigDecimal.valueOf(10));
        DimensionWeights weights = new DimensionWeights(points);
        Map<Dimension, BigDecimal> scores = new EnumMap<>(points);
        assertThat(ScoreSheet.of("甲", "fin", scores, Map.of(), weights).total()).isEqualByComparingTo("100");
        scores.put(Dimension.FUNDING_COMPLIANCE, BigDecimal.valueOf(11));
        assertThatThrownBy(() -> ScoreSheet.of("甲", "fin", scores, Map.of(), weights)).isInstanceOf(InvalidInputException.class);
        points.put(Dimension.NECESSITY, BigDecimal.valueOf(31));
        assertThatThrownBy(() -> new DimensionWeights(points)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void concludingNeedsASheetAndHappensOnce() {
        ExAnteAssessment assessment = assessment();
        assertThatThrownBy(() -> conclude(assessment))
                .isInstanceOfSatisfying(StateConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("assessment.noSheets");
                    assertThat(e.currentState()).isEqualTo("OPEN");
                });
        assessment.score(sheet("甲", "75"), true);
        conclude(assessment);
        assertThatThrownBy(() -> conclude(assessment)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> assessment.score(sheet("乙", "90"), true))
                .isInstanceOfSatisfying(StateConflictException.class, e -> assertThat(e.currentState()).isEqualTo("CONCLUDED"));
        assertThatThrownBy(() -> assessment.assign(new Assignment("expert", OrgCode.of("640000"))))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void anAgencyMayNotAssessABodyInsideTheOrganisationThatEngagedIt() {
        ExAnteAssessment assessment = assessment();
        assertThatThrownBy(() -> assessment.assign(new Assignment("agency", OrgCode.of("650121"))))
                .isInstanceOfSatisfying(StateConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("assessment.conflictOfInterest"));
        assertThatThrownBy(() -> assessment.assign(new Assignment("agency", OrgCode.of("D1"))))
                .isInstanceOf(StateConflictException.class);
        assessment.assign(new Assignment("agency", OrgCode.of("650200")));
        assessment.assign(new Assignment("agency", OrgCode.of("640000")));
        assertThat(assessment.assignments()).containsExactly(new Assignment("agency", OrgCode.of("640000")));
        assertThat(assessment.isAssignedTo("agency")).isTrue();
        assertThat(assessment.isAssignedTo("other")).isFalse();
    }

    @Test
    void theMeanOfADimensionForTheReport() {
        ExAnteAssessment assessment = assessment();
        assessment.score(sheet("甲", "100"), true);
        assessment.score(sheet("乙", "81"), true);
        assertThat(assessment.dimensionMeans()).containsEntry(Dimension.NECESSITY, new BigDecimal("20.00"))
                .containsEntry(Dimension.FUNDING_COMPLIANCE, new BigDecimal("10.50"));
        assertThat(List.of(assessment.currentScore().orElseThrow())).containsExactly(Score.of("90.50"));
    }

    @Test
    void conclusionBandsDescend() {
        assertThatThrownBy(() -> new ConclusionBands(BigDecimal.valueOf(70), BigDecimal.valueOf(70)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new ConclusionBands(BigDecimal.valueOf(85), BigDecimal.valueOf(60)).conclusionOf(Score.of("84.99")))
                .isEqualTo(Conclusion.SUPPORT_AFTER_REVISION);
        assertThat(Conclusion.REJECT.supports()).isFalse();
        assertThat(Conclusion.SUPPORT_AFTER_REVISION.supports()).isTrue();
    }
}

package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.events.ScoredBy;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.InvalidInputException.FieldViolation;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.Score;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jixiao.sharedkernel.rules.Rule;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetKind;
import org.junit.jupiter.api.Test;

/**
 * A self-evaluation's acts: what its inputs must be, the draft that never counts, submission, the reviewers' scores
 * and the effective score, a rescore, and the event each change of what counts publishes.
 */
class SelfEvaluationTests {

    static final Instant NOW = Instant.parse("2020-03-12T03:20:00Z");
    static final UUID AREA = UUID.randomUUID();
    static final UUID PUPILS = UUID.randomUUID();
    static final UUID MECHANISM = UUID.randomUUID();

    /** Output 改造校舍面积 ≥ 1200 (weight 30); benefit 受益学生人数 ≥ 800 (20) and a qualitative one (10). */
    static final EvaluatedTarget TARGET = new EvaluatedTarget(UUID.randomUUID(), 0, FiscalYear.of(2019),
            TargetKind.PROJECT, RegionCode.of("650121"), "U01", OrgPath.parse("/650000/650100/650121/D01/U01/"), "D01",
            "XJ2019-001", "校舍维修改造项目", Money.of("1000000.00"), List.of(
            new EvaluatedTarget.Indicator(AREA, Level1.OUTPUT, Level2.QUANTITY, "改造校舍面积", Operator.GE, "1200",
                    new BigDecimal("1200"), "平方米", BigDecimal.valueOf(30)),
            new EvaluatedTarget.Indicator(PUPILS, Level1.BENEFIT, Level2.SOCIAL, "受益学生人数", Operator.GE, "800",
                    new BigDecimal("800"), "人", BigDecimal.valueOf(20)),
            new EvaluatedTarget.Indicator(MECHANISM, Level1.BENEFIT, Level2.SUSTAINABILITY, "长效管护机制",
                    Operator.QUALITATIVE, "建立健全", null, null, BigDecimal.TEN)));

    static final List<AppliedRule> DEFAULTS = List.of(
            AppliedRule.of(new Rule<>(EvaluationRules.BLOCK_POINTS, BlockPoints.NATIONAL_DEFAULT, null, 0)),
            AppliedRule.of(new Rule<>(EvaluationRules.GRADE_BANDS, GradeBands.NATIONAL_DEFAULT, null, 0)));

    /** Area 1100 of 1200, 800 pupils, the mechanism partly at 70 %. */
    static List<IndicatorInput> inputs(String area) {
        return List.of(new IndicatorInput(AREA, area, null, null, "冬季停工"),
                new IndicatorInput(PUPILS, "800", null, null, null),
                new IndicatorInput(MECHANISM, "已建立", AchievementBand.PARTLY_ACHIEVED, BigDecimal.valueOf(70), null));
    }

    /** 9.00 + 50 × 1100 ÷ 1200 = 45.83 + 26.67 + 13.33 × 70 % = 9.33: 90.83. */
    static SelfEvaluation draft() {
        return SelfEvaluation.start(TARGET, Money.of("1000000.00"), Money.of("900000.00"), inputs("1100"),
                ScoringRules.NATIONAL_DEFAULT, DEFAULTS, "unit-school1", NOW);
    }

    @Test
    void aDraftIsScoredAtOnceAndNeverCounts() {
        SelfEvaluation draft = draft();
        assertThat(draft.scorecard().executionScore()).isEqualByComparingTo("9.00");
        assertThat(draft.scorecard().indicators()).extracting(IndicatorScore::score).map(BigDecimal::toPlainString)
                .containsExactly("45.83", "26.67", "9.33");
        assertThat(draft.scorecard().score()).isEqualByComparingTo("90.83");
        assertThat(draft.scorecard().grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(draft.status()).isEqualTo(SelfEvaluationStatus.DRAFT);
        assertThat(draft.effectiveScore()).isNull();
        assertThat(draft.effectiveGrade()).isNull();
        assertThat(draft.scoredBy()).isNull();
        assertThatThrownBy(() -> draft.reviewByDepartment(Score.of("80"), null, "dept", NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> draft.finalise(Score.of("80"), null, "finance", NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void submittingCountsTheSelfScoreOnceAndClosesTheDraft() {
        SelfEvaluation evaluation = draft();
        EvaluationCompleted completed = evaluation.submit(NOW);
        assertThat(evaluation.effectiveScore()).isEqualByComparingTo("90.83");
        assertThat(completed.effectiveScore()).isEqualByComparingTo("90.83");
        assertThat(completed.selfScore()).isEqualByComparingTo("90.83");
        assertThat(completed.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(completed.scoredBy()).isEqualTo(ScoredBy.SELF);
        assertThat(completed.header().aggregateId()).isEqualTo(TARGET.targetId());
        assertThat(completed.header().aggregateVersion()).isEqualTo(1);
        assertThat(completed.header().unitPath()).isEqualTo("/650000/650100/650121/D01/U01/");
        assertThatThrownBy(() -> evaluation.submit(NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> evaluation.fill(TARGET, Money.of("1"), Money.of("1"), inputs("1200"),
                ScoringRules.NATIONAL_DEFAULT, DEFAULTS, "unit-school1", NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void financesScoreElseTheDepartmentsElseTheSelfScoreIsEffective() {
        SelfEvaluation evaluation = draft();
        evaluation.submit(NOW);
        assertThat(evaluation.reviewByDepartment(Score.of("85"), "材料不全", "dept", NOW))
                .hasValueSatisfying(e -> assertThat(e.scoredBy()).isEqualTo(ScoredBy.DEPARTMENT));
        assertThat(evaluation.effectiveGrade()).isEqualTo(Grade.GOOD);
        // the same score again changes nothing that counts
        assertThat(evaluation.reviewByDepartment(Score.of("85"), "复核无变化", "dept", NOW)).isEmpty();
        assertThat(evaluation.finalise(Score.of("59.99"), null, "finance", NOW))
                .hasValueSatisfying(e -> assertThat(e.grade()).isEqualTo(Grade.POOR));
        assertThat(evaluation.finalise(Score.of("60.00"), null, "finance", NOW))
                .hasValueSatisfying(e -> assertThat(e.grade()).isEqualTo(Grade.FAIR));
        assertThat(evaluation.reviewByDepartment(Score.of("95"), null, "dept", NOW)).isEmpty();
        assertThat(evaluation.effectiveScore()).isEqualByComparingTo("60.00");
        assertThat(evaluation.scoredBy()).isEqualTo(ScoredBy.FINANCE);
    }

    @Test
    void aRescoreWithOtherBandsPublishesOnlyWhatChangesTheEffectiveResult() {
        SelfEvaluation evaluation = draft();
        List<AppliedRule> strictBands = List.of(DEFAULTS.get(0), AppliedRule.of(new Rule<>(
                EvaluationRules.GRADE_BANDS, new GradeBands(BigDecimal.valueOf(95), BigDecimal.valueOf(80),
                BigDecimal.valueOf(60)), null, 7)));
        ScoringRules strict = ScoringRules.applied(strictBands);
        SelfEvaluation.Rescore draftRescored = evaluation.rescore(strict, strictBands, NOW);
        assertThat(draftRescored.changed()).isTrue();
        assertThat(draftRescored.completed()).as("a draft never counts").isEmpty();
        assertThat(evaluation.scorecard().grade()).isEqualTo(Grade.GOOD);
        evaluation.submit(NOW);
        SelfEvaluation.Rescore same = evaluation.rescore(strict, strictBands, NOW);
        assertThat(same.changed()).as("same rules, same result: nothing to store").isFalse();
        assertThat(same.completed()).isEmpty();
        assertThat(evaluation.rescore(ScoringRules.NATIONAL_DEFAULT, DEFAULTS, NOW).completed())
                .hasValueSatisfying(e -> assertThat(e.grade()).isEqualTo(Grade.EXCELLENT));
        // points moved between blocks, execution 20 and output 40: 18.00 + 36.67 + 26.67 + 9.33, another result
        List<AppliedRule> points = List.of(AppliedRule.of(new Rule<>(EvaluationRules.BLOCK_POINTS,
                BlockPoints.ofNames(java.util.Map.of("EXECUTION", BigDecimal.valueOf(20), "OUTPUT",
                        BigDecimal.valueOf(40), "BENEFIT", BigDecimal.valueOf(30), "SATISFACTION",
                        BigDecimal.TEN)), null, 9)), DEFAULTS.get(1));
        assertThat(evaluation.rescore(ScoringRules.applied(points), points, NOW).completed())
                .hasValueSatisfying(e -> assertThat(e.effectiveScore()).isEqualByComparingTo("90.67"));
    }

    @Test
    void everyRuleTheInputsBreakIsNamedAtOnce() {
        UUID unknown = UUID.randomUUID();
        List<IndicatorInput> broken = List.of(
                new IndicatorInput(AREA, "九百", null, null, null),
                new IndicatorInput(AREA, "1", null, null, null),
                new IndicatorInput(MECHANISM, null, AchievementBand.ACHIEVED, BigDecimal.valueOf(79.99), null),
                new IndicatorInput(unknown, "1", null, null, null));
        assertThatThrownBy(() -> SelfEvaluation.start(TARGET, Money.of("-1"), Money.of("0"), broken,
                ScoringRules.NATIONAL_DEFAULT, DEFAULTS, "u", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("budgetAmount",
                                "indicators[0].actualValue", "indicators[1].indicatorId", "indicators[2].score",
                                "indicators[3].indicatorId", "indicators"));
        List<IndicatorInput> signs = List.of(new IndicatorInput(AREA, "-5", AchievementBand.ACHIEVED, null, null),
                new IndicatorInput(PUPILS, null, null, null, null),
                new IndicatorInput(MECHANISM, "x", AchievementBand.NOT_ACHIEVED, null, null));
        assertThatThrownBy(() -> SelfEvaluation.start(TARGET, Money.of("1"), Money.of("1"), signs,
                ScoringRules.NATIONAL_DEFAULT, DEFAULTS, "u", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.code()).containsExactlyInAnyOrder(
                                "indicators[0].actualValue evaluation.negativeActual",
                                "indicators[0].achievement evaluation.onlyQualitative",
                                "indicators[1].actualValue evaluation.actualRequired",
                                "indicators[2].score evaluation.achievementRequired"));
    }
}

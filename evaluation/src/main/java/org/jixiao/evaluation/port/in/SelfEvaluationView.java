package org.jixiao.evaluation.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jixiao.evaluation.domain.AchievementBand;
import org.jixiao.evaluation.domain.Block;
import org.jixiao.evaluation.domain.EvaluatedTarget;
import org.jixiao.evaluation.domain.IndicatorInput;
import org.jixiao.evaluation.domain.IndicatorScore;
import org.jixiao.evaluation.domain.ScoreReview;
import org.jixiao.evaluation.domain.ScoringRule;
import org.jixiao.evaluation.domain.SelfEvaluation;
import org.jixiao.evaluation.domain.SelfEvaluationStatus;
import org.jixiao.evaluation.events.ScoredBy;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetKind;
import org.jspecify.annotations.Nullable;

/**
 * A self-evaluation as the API shows it: the target as evaluated, what the unit entered, the score with its
 * breakdown (one line per indicator, adding up with the execution score to the score) and the rules applied, the
 * reviewers' scores and the effective score.
 *
 * @param revision       the target's revision evaluated
 * @param approvedBudget the target's approved budget
 * @param score          the self-score: execution score plus every line's score
 * @param ruleVersion    the highest version among the rules applied (0: national defaults only)
 * @param effectiveScore finance's score, else the department's, else the self-score once submitted; null for a draft
 * @param effectiveGrade its grade by the bands applied; null for a draft
 */
public record SelfEvaluationView(UUID targetId, int fiscalYear, TargetKind kind, String regionCode, String unitCode,
                                 @Nullable String departmentCode, @Nullable String projectCode, String projectName,
                                 int revision, SelfEvaluationStatus status, BigDecimal approvedBudget,
                                 BigDecimal budgetAmount, BigDecimal executedAmount, BigDecimal executionScore,
                                 BigDecimal score, Grade grade, List<BreakdownLine> breakdown, long ruleVersion,
                                 List<AppliedRule> appliedRules, @Nullable BigDecimal effectiveScore,
                                 @Nullable Grade effectiveGrade, @Nullable ScoredBy scoredBy,
                                 @Nullable Review departmentReview, @Nullable Review financeReview, String filedBy,
                                 Instant scoredAt, @Nullable Instant submittedAt, long version) {

    /**
     * One indicator: the target's figures, the unit's input, its share of its block's points, the rule that scored
     * it and the formula with its numbers.
     *
     * @param achievementScore the score the evaluator gave inside the band, percent of the points (qualitative)
     * @param points           the indicator's share of its block's points
     * @param formula          how the score came out, with the numbers: {@code 19.64 = 21.43 × 1100 ÷ 1200}
     */
    public record BreakdownLine(UUID indicatorId, String name, Level1 level1, Level2 level2, Block block,
                                Operator operator, String targetValue, @Nullable String unit, BigDecimal weight,
                                @Nullable String actualValue, @Nullable AchievementBand achievement,
                                @Nullable BigDecimal achievementScore, @Nullable String deviationReason,
                                BigDecimal points, ScoringRule rule, String formula, BigDecimal score) {
    }

    /** A reviewer's score and opinion. */
    public record Review(BigDecimal score, @Nullable String opinion, String by, Instant at) {

        static @Nullable Review of(@Nullable ScoreReview review) {
            return review == null ? null : new Review(review.score(), review.opinion(), review.by(), review.at());
        }
    }

    public static SelfEvaluationView of(SelfEvaluation evaluation, long version) {
        SelfEvaluation.Snapshot s = evaluation.snapshot();
        EvaluatedTarget t = s.target();
        List<BreakdownLine> lines = new ArrayList<>();
        for (int k = 0; k < t.indicators().size(); k++) {
            EvaluatedTarget.Indicator i = t.indicators().get(k);
            IndicatorInput input = s.inputs().get(k);
            IndicatorScore scored = s.scorecard().indicators().get(k);
            lines.add(new BreakdownLine(i.indicatorId(), i.name(), i.level1(), i.level2(), scored.block(),
                    i.operator(), i.targetValue(), i.unit(), i.weight(), input.actualValue(), input.achievement(),
                    input.percent(), input.deviationReason(), scored.points(), scored.rule(),
                    formula(scored, i, input), scored.score()));
        }
        return new SelfEvaluationView(t.targetId(), t.fiscalYear().value(), t.kind(), t.region().value(),
                t.unitCode(), t.departmentCode(), t.projectCode(), t.projectName(), t.revision(), s.status(),
                t.approvedBudget().yuan(), s.budget().yuan(), s.executed().yuan(), s.scorecard().executionScore(),
                s.scorecard().score(), s.scorecard().grade(), lines, AppliedRule.highestVersion(s.appliedRules()),
                s.appliedRules(), evaluation.effectiveScore(), evaluation.effectiveGrade(), evaluation.scoredBy(),
                Review.of(s.department()), Review.of(s.finance()), s.filedBy(), s.scoredAt(), s.submittedAt(),
                version);
    }

    /** The formula of a line's rule with its numbers, as a reader checks it by hand. */
    static String formula(IndicatorScore scored, EvaluatedTarget.Indicator i, IndicatorInput input) {
        String points = scored.points().toPlainString();
        String score = scored.score().toPlainString();
        String target = plain(i.targetNumber());
        String actual = plain(input.actualNumber());
        return switch (scored.rule()) {
            case NO_POINTS -> score + " (no points)";
            case MET -> score + " = " + points + " (" + actual + " meets " + target + ")";
            case PROPORTIONAL -> score + " = " + points + " × " + actual + " ÷ " + target;
            case ZERO_TARGET_MET -> score + " = " + points + " (" + actual + " against a target of 0)";
            case ZERO_TARGET_MISSED -> score + " (" + actual + " against a target of 0)";
            case REVERSE_WITHIN -> score + " = " + points + " (" + actual + " within " + target + ")";
            case REVERSE_EXCEEDED -> score + " = " + points + " × (1 − (" + actual + " − " + target + ") ÷ " + target
                    + ")";
            case REVERSE_DOUBLED -> score + " (" + actual + " at least twice " + target + ")";
            case QUALITATIVE_BAND -> score + " = " + points + " × " + plain(input.percent()) + " %";
        };
    }

    private static String plain(@Nullable BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}

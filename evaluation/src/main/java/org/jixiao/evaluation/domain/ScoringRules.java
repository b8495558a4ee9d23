package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.InvalidValueException;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.Rounding;
import org.jixiao.sharedkernel.Score;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jixiao.sharedkernel.rules.RuleSnapshot;
import org.jixiao.targeting.events.Operator;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How a self-evaluation is scored (DOMAIN.md "Evaluation"), by the rules {@code evaluation.blockPoints} and
 * {@code evaluation.gradeBands} of its region and year.
 * <p>
 * Budget execution scores its points × min(1, executed ÷ budget). Each indicator scores in its block (COST in
 * output); a block's points are shared by the level-3 weights (a zero weight gets nothing, all-zero weights share
 * equally), and satisfaction's points go to benefit when the target has no satisfaction indicator. Every score is one
 * division of exact products rounded half-up once, so a value on a rounding boundary always rounds the same way, and
 * at most the indicator's points to the cent, which the block hands out by the largest remainder so that they add up
 * to the block's points; the total is the sum of the rounded parts, never above 100. Choices where DOMAIN.md is
 * silent: a zero budget scores full execution points (nothing was left unspent); a target without an output or a
 * benefit indicator is refused (targeting never approves one). An indicator entered twice is refused; that every
 * indicator of the target is entered is the use case's to check.
 */
@ValueObject
public record ScoringRules(BlockPoints points, GradeBands grades) {

    public static final ScoringRules NATIONAL_DEFAULT = new ScoringRules(BlockPoints.NATIONAL_DEFAULT,
            GradeBands.NATIONAL_DEFAULT);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal CENT = new BigDecimal("0.01");

    public ScoringRules {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(grades, "grades");
    }

    /** The scoring rules in force in a region and year. */
    public static ScoringRules of(RuleSnapshot rules) {
        return new ScoringRules(rules.get(EvaluationRules.BLOCK_POINTS).value(),
                rules.get(EvaluationRules.GRADE_BANDS).value());
    }

    /** The scoring rules in force as a result stores them. */
    public static List<AppliedRule> appliedOf(RuleSnapshot rules) {
        return rules.applied(EvaluationRules.BLOCK_POINTS, EvaluationRules.GRADE_BANDS);
    }

    /** The scoring rules a result applied, read back from what it stored. */
    public static ScoringRules applied(List<AppliedRule> applied) {
        return new ScoringRules(AppliedRule.find(applied, EvaluationRules.BLOCK_POINTS)
                .map(rule -> rule.valueOf(EvaluationRules.BLOCK_POINTS)).orElse(BlockPoints.NATIONAL_DEFAULT),
                AppliedRule.find(applied, EvaluationRules.GRADE_BANDS)
                        .map(rule -> rule.valueOf(EvaluationRules.GRADE_BANDS)).orElse(GradeBands.NATIONAL_DEFAULT));
    }

    public Scorecard score(Money budget, Money executed, List<IndicatorEntry> indicators) {
        BigDecimal execution = execution(budget.yuan(), executed.yuan());
        Map<Block, List<IndicatorEntry>> blocks = new EnumMap<>(Block.class);
        Set<UUID> seen = new HashSet<>();
        for (IndicatorEntry i : indicators) {
            if (!seen.add(i.indicatorId())) {
                throw new InvalidValueException("evaluation.indicatorTwice", i.indicatorId());
            }
            blocks.computeIfAbsent(i.block(), b -> new ArrayList<>()).add(i);
        }
        for (Block required : List.of(Block.OUTPUT, Block.BENEFIT)) {
            if (!blocks.containsKey(required)) {
                throw new InvalidValueException("evaluation.blockMissing", required.name());
            }
        }
        Map<UUID, IndicatorScore> scored = new HashMap<>();
        blocks.forEach((block, members) -> {
            List<Share> shares = shares(members, blockPoints(block, blocks.keySet()));
            for (int k = 0; k < members.size(); k++) {
                scored.put(members.get(k).indicatorId(), score(members.get(k), shares.get(k)));
            }
        });
        List<IndicatorScore> scores = new ArrayList<>();
        for (IndicatorEntry i : indicators) {
            scores.add(Objects.requireNonNull(scored.get(i.indicatorId())));
        }
        BigDecimal total = execution;
        for (IndicatorScore s : scores) {
            total = total.add(s.score());
        }
        return new Scorecard(execution, scores, total, grades.gradeOf(Score.of(total)));
    }

    /** Points × min(1, executed ÷ budget); a zero budget scores full points. */
    private BigDecimal execution(BigDecimal budget, BigDecimal executed) {
        if (budget.signum() == 0 || executed.compareTo(budget) >= 0) {
            return Rounding.round(points.execution());
        }
        return Rounding.round(Rounding.divide(points.execution().multiply(executed), budget));
    }

    private BigDecimal blockPoints(Block block, Set<Block> present) {
        return switch (block) {
            case OUTPUT -> points.output();
            case BENEFIT -> present.contains(Block.SATISFACTION) ? points.benefit()
                    : points.benefit().add(points.satisfaction());
            case SATISFACTION -> points.satisfaction();
        };
    }

    /**
     * An indicator's share of its block's points: the exact fraction numerator ÷ denominator, and those points to two
     * decimals as the block hands them out (the shares of a block add up to its points exactly).
     */
    private record Share(BigDecimal numerator, BigDecimal denominator, BigDecimal points) {

        /** The exact share times factor ÷ divisor, rounded once, never above the share's points. */
        BigDecimal times(BigDecimal factor, BigDecimal divisor) {
            return Rounding.round(Rounding.divide(numerator.multiply(factor), denominator.multiply(divisor)))
                    .min(points);
        }
    }

    /**
     * The block's points shared by weight (equally when the weights are all zero), to two decimals by the largest
     * remainder: each share is cut to the cent and the cents left go to the largest remainders, the first indicator
     * first on a tie. Three equal shares of 50 are 16.67, 16.67 and 16.66, so full marks are 100.00, never 100.01.
     */
    private static List<Share> shares(List<IndicatorEntry> block, BigDecimal blockPoints) {
        BigDecimal weights = BigDecimal.ZERO;
        for (IndicatorEntry i : block) {
            weights = weights.add(i.weight());
        }
        boolean equal = weights.signum() == 0;
        BigDecimal denominator = equal ? BigDecimal.valueOf(block.size()) : weights;
        BigDecimal[] numerators = new BigDecimal[block.size()];
        BigDecimal[] remainders = new BigDecimal[block.size()];
        BigDecimal[] cut = new BigDecimal[block.size()];
        BigDecimal left = blockPoints.setScale(Rounding.SCALE, RoundingMode.HALF_UP);
        List<Integer> byRemainder = new ArrayList<>();
        for (int k = 0; k < cut.length; k++) {
            numerators[k] = equal ? blockPoints : blockPoints.multiply(block.get(k).weight());
            BigDecimal exact = Rounding.divide(numerators[k], denominator);
            cut[k] = exact.setScale(Rounding.SCALE, RoundingMode.DOWN);
            remainders[k] = exact.subtract(cut[k]);
            left = left.subtract(cut[k]);
            byRemainder.add(k);
        }
        byRemainder.sort(Comparator.comparing((Integer k) -> remainders[k]).reversed().thenComparing(k -> k));
        for (int k : byRemainder) {
            if (left.signum() <= 0) {
                break;
            }
            cut[k] = cut[k].add(CENT);
            left = left.subtract(CENT);
        }
        List<Share> shares = new ArrayList<>();
        for (int k = 0; k < cut.length; k++) {
            shares.add(new Share(numerators[k], denominator, cut[k]));
        }
        return shares;
    }

    private static IndicatorScore score(IndicatorEntry i, Share share) {
        ScoringRule rule = share.numerator().signum() == 0 ? ScoringRule.NO_POINTS : rule(i);
        BigDecimal score = switch (rule) {
            case NO_POINTS, ZERO_TARGET_MISSED, REVERSE_DOUBLED -> BigDecimal.ZERO.setScale(Rounding.SCALE);
            case MET, ZERO_TARGET_MET, REVERSE_WITHIN -> share.points();
            // below the target (＞ at exactly its target: the whole share)
            case PROPORTIONAL -> share.times(i.actual(), i.target());
            // points × (1 − (actual − target) ÷ target) = points × (2 × target − actual) ÷ target
            case REVERSE_EXCEEDED -> share.times(i.target().add(i.target()).subtract(i.actual()), i.target());
            case QUALITATIVE_BAND -> share.times(Objects.requireNonNull(i.percent()), HUNDRED);
        };
        return new IndicatorScore(i.indicatorId(), i.block(), share.points(), rule, score);
    }

    private static ScoringRule rule(IndicatorEntry i) {
        return switch (i.operator()) {
            case QUALITATIVE -> ScoringRule.QUALITATIVE_BAND;
            case GE, GT, EQ -> positive(i);
            case LE, LT -> reverse(i);
        };
    }

    /** ≥, ＞ and ＝ (＝ 0 is met at or below 0; ＝ with another target follows the positive rule, as ≥). */
    private static ScoringRule positive(IndicatorEntry i) {
        if (i.target().signum() == 0) {
            boolean met = switch (i.operator()) {
                case GT -> i.actual().signum() > 0;
                case EQ -> i.actual().signum() <= 0;
                default -> true; // ≥ 0: every actual value, none being negative
            };
            return met ? ScoringRule.ZERO_TARGET_MET : ScoringRule.ZERO_TARGET_MISSED;
        }
        int c = i.actual().compareTo(i.target());
        boolean met = i.operator() == Operator.GT ? c > 0 : c >= 0;
        return met ? ScoringRule.MET : ScoringRule.PROPORTIONAL;
    }

    /** ≤ and ＜: full within the target, falling to nothing at twice it (a target of 0: full at 0 only). */
    private static ScoringRule reverse(IndicatorEntry i) {
        if (i.target().signum() == 0) {
            return i.actual().signum() <= 0 ? ScoringRule.ZERO_TARGET_MET : ScoringRule.ZERO_TARGET_MISSED;
        }
        if (i.actual().compareTo(i.target()) <= 0) {
            return ScoringRule.REVERSE_WITHIN;
        }
        return i.actual().compareTo(i.target().add(i.target())) >= 0 ? ScoringRule.REVERSE_DOUBLED
                : ScoringRule.REVERSE_EXCEEDED;
    }
}

package org.jixiao.evaluation.domain;

/** Which rule of DOMAIN.md "Evaluation" gave an indicator its score: the breakdown names it. */
public enum ScoringRule {
    /** No points to score: a zero weight beside non-zero ones, or a block of no points. */
    NO_POINTS,
    /** Positive: the actual value meets the target, full points. */
    MET,
    /** Positive: points × actual ÷ target. */
    PROPORTIONAL,
    /** A target of 0 (positive, reverse or ＝): full points when its comparison holds. */
    ZERO_TARGET_MET,
    /** A target of 0 whose comparison fails: no points. */
    ZERO_TARGET_MISSED,
    /** Reverse: the actual value is within the target, full points. */
    REVERSE_WITHIN,
    /** Reverse, between the target and twice it: points × (1 − (actual − target) ÷ target). */
    REVERSE_EXCEEDED,
    /** Reverse, at twice the target or more: no points. */
    REVERSE_DOUBLED,
    /** Qualitative: the evaluator's score, a percent of the points inside the achievement's band. */
    QUALITATIVE_BAND
}

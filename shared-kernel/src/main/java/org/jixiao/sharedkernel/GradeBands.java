package org.jixiao.sharedkernel;

import java.math.BigDecimal;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The lower bounds of 优, 良 and 中 (rule keys {@code evaluation.gradeBands}, {@code assessment.gradeBands}):
 * a score at or above {@code excellent} is EXCELLENT, at or above {@code good} GOOD, at or above {@code fair}
 * FAIR, else POOR. The national default is 90 / 80 / 60; some regions grade self-evaluations 80 / 70 / 60.
 */
@ValueObject
public record GradeBands(BigDecimal excellent, BigDecimal good, BigDecimal fair) {

    /** 90 / 80 / 60. */
    public static final GradeBands NATIONAL_DEFAULT =
            new GradeBands(BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(60));

    public GradeBands {
        Objects.requireNonNull(excellent, "excellent");
        Objects.requireNonNull(good, "good");
        Objects.requireNonNull(fair, "fair");
        if (fair.signum() < 0 || excellent.compareTo(BigDecimal.valueOf(100)) > 0
                || good.compareTo(excellent) >= 0 || fair.compareTo(good) >= 0) {
            throw new InvalidValueException("gradeBands.notDescending", excellent, good, fair);
        }
    }

    /** Grades the (already rounded) score: the threshold compares the rounded figure. */
    public Grade gradeOf(Score score) {
        if (score.isAtLeast(excellent)) {
            return Grade.EXCELLENT;
        }
        if (score.isAtLeast(good)) {
            return Grade.GOOD;
        }
        if (score.isAtLeast(fair)) {
            return Grade.FAIR;
        }
        return Grade.POOR;
    }
}

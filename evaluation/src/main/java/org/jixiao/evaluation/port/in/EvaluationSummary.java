package org.jixiao.evaluation.port.in;

import java.math.BigDecimal;
import java.util.Map;

import org.jixiao.sharedkernel.Grade;
import org.jspecify.annotations.Nullable;

/**
 * The self-evaluations of a year in a region, over the part the caller sees, by their effective scores; a draft
 * never counts.
 *
 * @param evaluations the submitted self-evaluations
 * @param targets     the targets in force of the year there
 * @param coverage    evaluations ÷ targets × 100; null without targets
 * @param averageScore the mean effective score; null without evaluations
 * @param below       the evaluations scoring under {@code threshold}
 * @param grades      how many of each grade, every grade present
 */
public record EvaluationSummary(int fiscalYear, String regionCode, BigDecimal threshold, long evaluations,
                                long targets, @Nullable BigDecimal coverage, BigDecimal budgetAmount,
                                BigDecimal executedAmount, @Nullable BigDecimal averageScore, Below below,
                                Map<Grade, Long> grades) {

    /** The evaluations under the threshold: how many, and their budgets and executed amounts. */
    public record Below(long count, BigDecimal budgetAmount, BigDecimal executedAmount) {
    }
}

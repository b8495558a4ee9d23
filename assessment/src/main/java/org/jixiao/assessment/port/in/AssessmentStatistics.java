package org.jixiao.assessment.port.in;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.assessment.events.Conclusion;
import org.jixiao.sharedkernel.Grade;
import org.jspecify.annotations.Nullable;

/**
 * Assessments of a region's subtree and year (Urumqi county 2020: 5 projects of 4 units, 2,023.63万元, all GOOD).
 * Amounts in 元; {@code averageScore} over concluded assessments, null when none.
 */
public record AssessmentStatistics(@Nullable String regionCode, int fiscalYear, long assessments, long units,
                                   BigDecimal requestedAmount, long concluded, @Nullable BigDecimal averageScore,
                                   List<ByConclusion> byConclusion, List<ByGrade> byGrade) {

    public record ByConclusion(Conclusion conclusion, long assessments, BigDecimal requestedAmount) {
    }

    public record ByGrade(Grade grade, long assessments) {
    }
}

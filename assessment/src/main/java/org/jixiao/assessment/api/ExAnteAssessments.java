package org.jixiao.assessment.api;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.assessment.events.Conclusion;

/**
 * What later stages may ask of assessment: the conclusion that gates a target, and whether an amount requires
 * assessment in a region and year. Targeting owns the gate; assessment never imports targeting.
 */
public interface ExAnteAssessments {

    /**
     * True when an assessment of a unit's project in a fiscal year has been asked for, concluded or not: finance
     * (or the unit) flagged the project, so its conclusion gates the project's target.
     */
    boolean isAssessed(String unitCode, String projectCode, int fiscalYear);

    /** The latest concluded assessment of a unit's project in a fiscal year, if any. */
    Optional<ConcludedAssessment> conclusionFor(String unitCode, String projectCode, int fiscalYear);

    /** True when the region's {@code assessment.threshold} for that year is set and {@code amount} reaches it. */
    boolean reachesThreshold(String regionCode, int fiscalYear, BigDecimal amount);

    /** A concluded assessment: its conclusion decides the gate ({@link Conclusion#supports()}). */
    record ConcludedAssessment(UUID assessmentId, Conclusion conclusion, BigDecimal totalScore) {
    }
}

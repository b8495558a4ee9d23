package org.jixiao.assessment.events;

import java.math.BigDecimal;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * An ex-ante assessment was concluded. Targeting matches it to a target by unit, project code and fiscal year
 * (the ex-ante gate): SUPPORT and SUPPORT_AFTER_REVISION let the target be approved, REJECT does not.
 *
 * @param conclusion  SUPPORT, SUPPORT_AFTER_REVISION or REJECT
 * @param totalScore  the mean of the score sheets, two decimals
 * @param grade       EXCELLENT, GOOD, FAIR or POOR
 * @param ruleVersion the rule version the conclusion used
 */
public record AssessmentConcluded(UUID assessmentId, String unitCode, String projectCode, int fiscalYear,
                                  String regionCode, String kind, String conclusion, BigDecimal totalScore,
                                  String grade, long ruleVersion) implements DomainEvent {
}

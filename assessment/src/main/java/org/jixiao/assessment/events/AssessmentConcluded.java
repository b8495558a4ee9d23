package org.jixiao.assessment.events;

import java.math.BigDecimal;

import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.sharedkernel.events.StageEvent;

/**
 * An ex-ante assessment (事前绩效评估) was concluded. Targeting matches it to a target by unit, project code and
 * fiscal year (the ex-ante gate): SUPPORT and SUPPORT_AFTER_REVISION let the target be approved, REJECT does not.
 * The header names the assessed unit, its region and year; its aggregate is the assessment.
 *
 * @param totalScore  the mean of the score sheets, two decimals
 * @param ruleVersion the highest version of the rules the conclusion used
 */
public record AssessmentConcluded(EventHeader header, String projectCode, AssessmentKind kind, Conclusion conclusion,
                                  BigDecimal totalScore, Grade grade, long ruleVersion) implements StageEvent {
}

package org.jixiao.assessment.port.in;

import java.math.BigDecimal;
import java.util.UUID;

import org.jixiao.assessment.domain.AssessmentStatus;
import org.jixiao.assessment.events.AssessmentKind;
import org.jixiao.assessment.events.Conclusion;
import org.jixiao.sharedkernel.Grade;
import org.jspecify.annotations.Nullable;

/** One assessment in a list. */
public record AssessmentListItem(UUID id, int fiscalYear, AssessmentKind kind, String unitCode, String regionCode,
                                 String projectCode, String projectName, BigDecimal requestedAmount,
                                 AssessmentStatus status, @Nullable BigDecimal totalScore,
                                 @Nullable Grade grade, @Nullable Conclusion conclusion) {
}

package org.jixiao.assessment.port.in;

import java.math.BigDecimal;

import org.jixiao.assessment.events.AssessmentKind;

/** What a new assessment is of; {@code summary} fields are optional texts. */
public record CreateAssessmentCommand(int fiscalYear, AssessmentKind kind, String unitCode, String projectCode,
                                      String projectName, BigDecimal requestedAmount, String necessity, String plan,
                                      String funding) {
}

package org.jixiao.assessment.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jixiao.assessment.domain.AssessmentStatus;
import org.jixiao.assessment.domain.Dimension;
import org.jixiao.assessment.events.AssessmentKind;
import org.jixiao.assessment.events.Conclusion;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.rules.AppliedRule;

/**
 * An assessment as the API shows it. Score fields are null until there are sheets, outcome fields until concluded;
 * {@code appliedRules} (the rules the conclusion applied, empty until concluded) lets an auditor reproduce it.
 */
public record AssessmentView(UUID id, int fiscalYear, AssessmentKind kind, String unitCode, String regionCode,
                             String projectCode, String projectName, BigDecimal requestedAmount, Summary summary,
                             boolean requiredByThreshold, AssessmentStatus status, List<Sheet> sheets,
                             List<AssignmentView> assignments, BigDecimal currentScore, BigDecimal totalScore,
                             Grade grade, Conclusion conclusion, String suggestions, Long ruleVersion,
                             List<AppliedRule> appliedRules,
                             Instant createdAt, Instant concludedAt, long version) {

    public record Summary(String necessity, String plan, String funding) {
    }

    /** {@code filedBy}: the account that filed the sheet. */
    public record Sheet(String assessor, String filedBy, Map<Dimension, BigDecimal> scores,
                        Map<Dimension, String> findings, BigDecimal total) {
    }

    public record AssignmentView(String username, String commissionedBy) {
    }
}

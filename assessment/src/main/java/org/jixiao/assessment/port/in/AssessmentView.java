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
import org.jspecify.annotations.Nullable;

/**
 * An assessment as the API shows it. Score fields are null until there are sheets, outcome fields until concluded;
 * {@code appliedRules} (the rules the conclusion applied, empty until concluded) lets an auditor reproduce it.
 */
public record AssessmentView(UUID id, int fiscalYear, AssessmentKind kind, String unitCode, String regionCode,
                             String projectCode, String projectName, BigDecimal requestedAmount, Summary summary,
                             boolean requiredByThreshold, AssessmentStatus status, List<Sheet> sheets,
                             List<AssignmentView> assignments, @Nullable BigDecimal currentScore,
                             @Nullable BigDecimal totalScore, @Nullable Grade grade, @Nullable Conclusion conclusion,
                             @Nullable String suggestions, @Nullable Long ruleVersion,
                             List<AppliedRule> appliedRules,
                             Instant createdAt, @Nullable Instant concludedAt, long version) {

    public record Summary(@Nullable String necessity, @Nullable String plan, @Nullable String funding) {
    }

    /** {@code filedBy}: the account that filed the sheet. */
    public record Sheet(String assessor, @Nullable String filedBy, Map<Dimension, BigDecimal> scores,
                        Map<Dimension, String> findings, BigDecimal total) {
    }

    public record AssignmentView(String username, String commissionedBy) {
    }
}

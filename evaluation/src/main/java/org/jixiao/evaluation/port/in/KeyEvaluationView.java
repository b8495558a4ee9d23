package org.jixiao.evaluation.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jixiao.evaluation.domain.EvaluatorType;
import org.jixiao.evaluation.domain.FrameworkDimension;
import org.jixiao.evaluation.domain.KeyEvaluation;
import org.jixiao.evaluation.domain.KeyEvaluationStatus;
import org.jixiao.evaluation.domain.SubjectType;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jspecify.annotations.Nullable;

/**
 * A department or key evaluation as the API shows it.
 *
 * @param targetId       the evaluated target, null for a department's overall expenditure
 * @param unitCode       the subject's unit (the department, for its overall expenditure)
 * @param commissionedBy the finance bureau's region or the department that commissioned it
 * @param scores         null until scored
 * @param score          the sum of the scores; null until scored
 * @param grade          by the bands in force when scored (evaluation.gradeBands); null until scored
 */
public record KeyEvaluationView(UUID id, int fiscalYear, SubjectType subjectType, @Nullable UUID targetId,
                                String unitCode, String regionCode, @Nullable String projectCode, String subjectName,
                                EvaluatorType evaluatorType, String commissionedBy, @Nullable String agency,
                                @Nullable String expert, KeyEvaluationStatus status,
                                Map<FrameworkDimension, BigDecimal> weights,
                                @Nullable Map<FrameworkDimension, BigDecimal> scores, @Nullable BigDecimal score,
                                @Nullable Grade grade, @Nullable String findings, @Nullable String report,
                                List<AppliedRule> appliedRules, @Nullable String scoredBy, @Nullable Instant scoredAt,
                                String createdBy, Instant createdAt, long version) {

    public static KeyEvaluationView of(KeyEvaluation evaluation, long version) {
        KeyEvaluation.Snapshot s = evaluation.snapshot();
        KeyEvaluation.Scored r = s.scored();
        return new KeyEvaluationView(s.id().value(), s.fiscalYear().value(), s.subject().type(), s.subject().targetId(),
                s.subject().unitCode(), s.subject().region().value(), s.subject().projectCode(), s.subject().name(),
                s.evaluatorType(), s.commissionedBy().value(), s.agency(), s.expert(), evaluation.status(),
                ordered(s.weights()), r == null ? null : ordered(r.scores()), r == null ? null : r.score(),
                r == null ? null : r.grade(), r == null ? null : r.findings(), r == null ? null : r.report(),
                r == null ? List.of() : r.appliedRules(), r == null ? null : r.scoredBy(),
                r == null ? null : r.scoredAt(), s.createdBy(), s.createdAt(), version);
    }

    private static Map<FrameworkDimension, BigDecimal> ordered(Map<FrameworkDimension, BigDecimal> values) {
        return new java.util.EnumMap<>(values);
    }
}

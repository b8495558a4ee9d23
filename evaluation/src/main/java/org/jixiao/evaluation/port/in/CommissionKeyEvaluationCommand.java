package org.jixiao.evaluation.port.in;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.jixiao.evaluation.domain.EvaluatorType;
import org.jixiao.evaluation.domain.FrameworkDimension;
import org.jixiao.evaluation.domain.SubjectType;
import org.jspecify.annotations.Nullable;

/**
 * A department or key evaluation to commission: its subject ({@code targetId} of a project or a policy, or
 * {@code unitCode} of a department for its overall expenditure), who evaluates ({@code agency} and the
 * {@code expert} account for a third party), the framework weights, and the scores when the evaluation is done
 * already (else the evaluator files them later).
 */
public record CommissionKeyEvaluationCommand(int fiscalYear, SubjectType subjectType, @Nullable UUID targetId,
                                             @Nullable String unitCode, EvaluatorType evaluatorType,
                                             @Nullable String agency, @Nullable String expert,
                                             Map<FrameworkDimension, BigDecimal> weights,
                                             @Nullable Map<FrameworkDimension, BigDecimal> scores,
                                             @Nullable String findings, @Nullable String report) {
}

package org.jixiao.evaluation.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jixiao.sharedkernel.Grade;
import org.jixiao.targeting.events.TargetKind;
import org.jspecify.annotations.Nullable;

/**
 * A published self-evaluation as anyone may read it (绩效评价结果公开): the project, its money and its effective
 * score and grade; never opinions, inputs or accounts.
 *
 * @param score the effective score: finance's, else the department's, else the self-score
 */
public record PublicEvaluation(UUID targetId, int fiscalYear, TargetKind kind, String regionCode, String unitCode,
                               @Nullable String unitName, @Nullable String departmentCode, @Nullable String projectCode,
                               String projectName, BigDecimal budgetAmount, BigDecimal executedAmount, BigDecimal score,
                               Grade grade, Instant publishedAt) {

    public PublicEvaluation withUnitName(@Nullable String name) {
        return new PublicEvaluation(targetId, fiscalYear, kind, regionCode, unitCode, name, departmentCode,
                projectCode, projectName, budgetAmount, executedAmount, score, grade, publishedAt);
    }
}

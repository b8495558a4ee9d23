package org.jixiao.assessment.port.in;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jixiao.assessment.domain.Dimension;
import org.jixiao.assessment.events.AssessmentKind;
import org.jixiao.assessment.events.Conclusion;
import org.jixiao.sharedkernel.Grade;
import org.jspecify.annotations.Nullable;

/**
 * The report of a concluded assessment (事前绩效评估报告), in the outline real reports use: the object assessed,
 * the basis and method, the five dimensions with scores and findings, the overall conclusion, suggestions.
 */
public record AssessmentReport(UUID id, String title, AssessedObject object, BasisAndMethod basisAndMethod,
                               List<DimensionFinding> dimensions, Overall conclusion, @Nullable String suggestions) {

    /** 一、评估对象. */
    public record AssessedObject(AssessmentKind kind, String kindLabel, String projectCode, String projectName,
                                 String unitCode, String unitName, int fiscalYear, BigDecimal requestedAmount,
                                 String requestedAmountWan, AssessmentView.Summary materials) {
    }

    /** 二、评估依据和方法. */
    public record BasisAndMethod(List<String> assessors, int sheets, String method, long ruleVersion) {
    }

    /** 三、评估维度: mean score over the sheets, the most points, and every assessor's findings. */
    public record DimensionFinding(Dimension dimension, String label, BigDecimal weight, BigDecimal score,
                                   List<String> findings) {
    }

    /** 四、总体结论. */
    public record Overall(BigDecimal totalScore, Grade grade, String gradeLabel, Conclusion conclusion,
                          String conclusionLabel) {
    }
}

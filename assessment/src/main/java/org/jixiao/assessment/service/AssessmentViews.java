package org.jixiao.assessment.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jixiao.assessment.domain.Dimension;
import org.jixiao.assessment.domain.DimensionWeights;
import org.jixiao.assessment.domain.ExAnteAssessment;
import org.jixiao.assessment.domain.Outcome;
import org.jixiao.assessment.domain.ScoreSheet;
import org.jixiao.assessment.port.in.AssessmentReport;
import org.jixiao.assessment.port.in.AssessmentView;
import org.jixiao.sharedkernel.Score;

/** Turns an assessment into what the API shows. */
final class AssessmentViews {

    private AssessmentViews() {
    }

    static AssessmentView of(ExAnteAssessment a, long version) {
        Outcome outcome = a.outcome().orElse(null);
        return new AssessmentView(a.getId().value(), a.fiscalYear().value(), a.kind(), a.unitCode().value(),
                a.region().value(), a.projectCode(), a.projectName(), a.requestedAmount().yuan(), summary(a),
                a.requiredByThreshold(), a.status(),
                a.sheets().stream().map(s -> new AssessmentView.Sheet(s.assessor(), s.filedBy(), s.scores(), s.findings(),
                        s.total())).toList(),
                a.assignments().stream().map(x -> new AssessmentView.AssignmentView(x.username(), x.commissionedBy().value())).toList(),
                a.currentScore().map(Score::points).orElse(null),
                outcome == null ? null : outcome.totalScore().points(),
                outcome == null ? null : outcome.grade(),
                outcome == null ? null : outcome.conclusion(),
                outcome == null ? null : outcome.suggestions(),
                outcome == null ? null : outcome.ruleVersion(),
                outcome == null ? List.of() : outcome.appliedRules(),
                a.createdAt(), outcome == null ? null : outcome.concludedAt(), version);
    }

    /** The report outline of 事前绩效评估报告: object, basis and method, dimensions, conclusion, suggestions. */
    static AssessmentReport report(ExAnteAssessment a, String unitName, DimensionWeights weights) {
        Outcome outcome = a.outcome().orElseThrow();
        List<AssessmentReport.DimensionFinding> dimensions = new ArrayList<>();
        Map<Dimension, BigDecimal> means = a.dimensionMeans();
        for (Dimension dimension : Dimension.values()) {
            List<String> findings = a.sheets().stream()
                    .filter(sheet -> sheet.findings().containsKey(dimension))
                    .map(sheet -> sheet.assessor() + "：" + sheet.findings().get(dimension))
                    .toList();
            dimensions.add(new AssessmentReport.DimensionFinding(dimension, dimension.label(), weights.of(dimension),
                    means.getOrDefault(dimension, BigDecimal.ZERO), findings));
        }
        List<String> assessors = a.sheets().stream().map(ScoreSheet::assessor).toList();
        String method = "按事前绩效评估有关规定，从立项必要性、投入经济性、绩效目标合理性、实施方案可行性、"
                + "筹资合规性五个维度评分；" + assessors.size() + " 份评分表取平均分为总分，按分数线确定等级和评估结论。"
                + " Scored on the five dimensions; the total is the mean of " + assessors.size() + " score sheets.";
        return new AssessmentReport(a.getId().value(), a.projectName() + " 事前绩效评估报告",
                new AssessmentReport.AssessedObject(a.kind(), a.kind().label(), a.projectCode(), a.projectName(),
                        a.unitCode().value(), unitName, a.fiscalYear().value(), a.requestedAmount().yuan(),
                        a.requestedAmount().formatWan(), summary(a)),
                new AssessmentReport.BasisAndMethod(assessors, assessors.size(), method, outcome.ruleVersion()),
                dimensions,
                new AssessmentReport.Overall(outcome.totalScore().points(), outcome.grade(), outcome.grade().label(),
                        outcome.conclusion(), outcome.conclusion().label()),
                outcome.suggestions());
    }

    private static AssessmentView.Summary summary(ExAnteAssessment a) {
        return new AssessmentView.Summary(a.summary().necessity(), a.summary().plan(), a.summary().funding());
    }
}

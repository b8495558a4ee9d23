package org.jixiao.targeting.adapter.out.assessment;

import org.jixiao.assessment.api.ExAnteAssessments;
import org.jixiao.targeting.domain.ExAnteClearance;
import org.jixiao.targeting.domain.PerformanceTarget;
import org.jixiao.targeting.events.TargetKind;
import org.jixiao.targeting.port.out.ExAnteGate;
import org.springframework.stereotype.Component;

/**
 * Asks assessment, through its api, whether a target requires assessment (its flag, the region's
 * {@code assessment.threshold} for the budget, or an assessment finance or the unit asked for the same unit,
 * project code and year) and what the latest conclusion for them is. Reading at approval time keeps the gate
 * exact without a copy of assessment's data.
 */
@Component
class AssessmentGateAdapter implements ExAnteGate {

    private final ExAnteAssessments assessments;

    AssessmentGateAdapter(ExAnteAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public ExAnteClearance clearanceOf(PerformanceTarget target) {
        if (target.kind() == TargetKind.DEPARTMENT_OVERALL) {
            return ExAnteClearance.NOT_REQUIRED;
        }
        String unit = target.owner().code().value();
        int year = target.fiscalYear().value();
        boolean required = target.content().requiresAssessment()
                || assessments.reachesThreshold(target.owner().region().value(), year,
                        target.content().budgetAmount().yuan())
                || assessments.isAssessed(unit, target.projectCode(), year);
        if (!required) {
            return ExAnteClearance.NOT_REQUIRED;
        }
        return assessments.conclusionFor(unit, target.projectCode(), year)
                .map(conclusion -> conclusion.supports() ? ExAnteClearance.SUPPORTED : ExAnteClearance.REJECTED)
                .orElse(ExAnteClearance.NOT_CONCLUDED);
    }
}

package org.jixiao.targeting.adapter.out.assessment;

import java.util.Optional;

import org.jixiao.assessment.api.ExAnteAssessments.ConcludedAssessment;
import org.jixiao.assessment.api.ExAnteAssessments;
import org.jixiao.assessment.events.Conclusion;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.targeting.domain.ExAnteFacts;
import org.springframework.stereotype.Component;

/**
 * The ex-ante gate's facts, from assessment's query API at approval time: reading then keeps the gate exact without
 * a copy of assessment's data. The policy that weighs them is the domain's {@code ExAnteGate}.
 */
@Component
class AssessmentGateAdapter implements ExAnteFacts {

    private final ExAnteAssessments assessments;

    AssessmentGateAdapter(ExAnteAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public boolean reachesThreshold(RegionCode region, FiscalYear year, Money budget) {
        return assessments.reachesThreshold(region.value(), year.value(), budget.yuan());
    }

    @Override
    public boolean isAssessed(OrgCode unit, String projectCode, FiscalYear year) {
        return assessments.isAssessed(unit.value(), projectCode, year.value());
    }

    @Override
    public Optional<Conclusion> latestConclusion(OrgCode unit, String projectCode, FiscalYear year) {
        return assessments.conclusionFor(unit.value(), projectCode, year.value()).map(ConcludedAssessment::conclusion);
    }
}

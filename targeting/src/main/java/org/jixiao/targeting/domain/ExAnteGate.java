package org.jixiao.targeting.domain;

import org.jixiao.targeting.events.TargetKind;

/**
 * The ex-ante gate (事前评估门槛), a policy of targeting: is assessment required for a target, and is it cleared?
 * A PROJECT or POLICY target requires assessment when it is flagged ({@code requiresAssessment}), when its budget
 * reaches the region's threshold, or when an assessment of its project was asked for (this is how finance flags a
 * project); it is cleared when the latest conclusion supports it. An overall-expenditure target never requires it.
 * Facts are asked for only as far as the answer needs them.
 */
public final class ExAnteGate {

    private ExAnteGate() {
    }

    public static ExAnteClearance clearanceOf(PerformanceTarget target, ExAnteFacts facts) {
        String projectCode = target.projectCode();
        if (projectCode == null || !isRequired(target, projectCode, facts)) {
            return ExAnteClearance.NOT_REQUIRED; // an overall-expenditure target has no project to assess
        }
        return facts.latestConclusion(target.owner().code(), projectCode, target.fiscalYear())
                .map(conclusion -> conclusion.supports() ? ExAnteClearance.SUPPORTED : ExAnteClearance.REJECTED)
                .orElse(ExAnteClearance.NOT_CONCLUDED);
    }

    static boolean isRequired(PerformanceTarget target, String projectCode, ExAnteFacts facts) {
        if (target.kind() == TargetKind.DEPARTMENT_OVERALL) {
            return false;
        }
        return target.content().requiresAssessment()
                || facts.reachesThreshold(target.owner().region(), target.fiscalYear(), target.content().budgetAmount())
                || facts.isAssessed(target.owner().code(), projectCode, target.fiscalYear());
    }
}

package org.jixiao.assessment.port.out;

import java.util.Optional;

import org.jixiao.assessment.api.ExAnteAssessments.ConcludedAssessment;
import org.jixiao.assessment.events.Conclusion;
import org.jixiao.assessment.port.in.AssessmentListItem;
import org.jixiao.assessment.port.in.AssessmentStatistics;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.Scope;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.Nullable;

/** Set-based reads over many assessments, each limited to a {@link Scope} of the organisation tree. */
@SecondaryPort
public interface AssessmentReadModel {

    /** @param assignedTo only assessments assigned to this EXPERT username, or null for all */
    Page<AssessmentListItem> list(Scope scope, @Nullable String assignedTo, @Nullable Integer fiscalYear,
            @Nullable Conclusion conclusion,
            PageQuery page);

    AssessmentStatistics statistics(Scope scope, @Nullable String assignedTo, @Nullable String regionCode,
            int fiscalYear);

    Optional<ConcludedAssessment> latestConclusion(String unitCode, String projectCode, int fiscalYear);

    /** True when any assessment, open or concluded, exists for the unit's project and year. */
    boolean exists(String unitCode, String projectCode, int fiscalYear);
}

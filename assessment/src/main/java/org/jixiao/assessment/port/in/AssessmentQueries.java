package org.jixiao.assessment.port.in;

import java.util.UUID;

import org.jixiao.assessment.events.Conclusion;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/** Reading assessments, each limited to what the caller may see. */
@PrimaryPort
public interface AssessmentQueries {

    AssessmentView get(UUID assessmentId);

    /** The report of a concluded assessment, in the outline real reports use; 409 before conclusion. */
    AssessmentReport report(UUID assessmentId);

    Page<AssessmentListItem> list(@Nullable Integer fiscalYear, @Nullable String regionCode,
            @Nullable Conclusion conclusion, PageQuery page);

    AssessmentStatistics statistics(int fiscalYear, @Nullable String regionCode);
}

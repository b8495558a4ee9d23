package org.jixiao.assessment.port.in;

import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/** Finance concludes an assessment: total score, grade and conclusion; publishes AssessmentConcluded. */
@PrimaryPort
public interface ConcludeAssessmentUseCase {

    AssessmentView conclude(UUID assessmentId, @Nullable String suggestions, @Nullable Long expectedVersion);
}
